import { utf8Length } from '../signalling/wireText';

/** Tencent IM's use limits for a group-level custom field: a key of at most 16 bytes, a value of at most 512 (UTF-8). */
export const GROUP_FIELD_MAX_KEY_BYTES = 16;
export const GROUP_FIELD_MAX_VALUE_BYTES = 512;

/** Whether IM stores this group field, or refuses the whole profile update (every stand-in answers as the service does). */
export function fitsGroupField(key: string, value: string): boolean {
  return utf8Length(key) <= GROUP_FIELD_MAX_KEY_BYTES && utf8Length(value) <= GROUP_FIELD_MAX_VALUE_BYTES;
}
