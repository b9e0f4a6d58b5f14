import { MAX_USER_ID_LENGTH, isUserId } from '../../../domain/classroom/UserId';

/** Ids a script uses for its own actors; no person in the classroom may have them. */
export const RESERVED_IDS: readonly string[] = ['me', 'network'];

/** Whole numbers only below this: larger ones lose precision in JSON. */
const MAX_COUNT = 1_000_000;

/**
 * One kind of field value: how the validator checks it, how an error describes what was
 * wanted, and the JSON Schema fragment that says the same to an editor.
 */
export interface FieldType {
  check(value: unknown): boolean;
  readonly wanted: string;
  readonly schema: Readonly<Record<string, unknown>>;
}

const reservedWord = (value: string) => RESERVED_IDS.includes(value);

export const fieldTypes = {
  boolean: { check: (value: unknown) => typeof value === 'boolean', wanted: 'a boolean', schema: { type: 'boolean' } } as FieldType,
  text: { check: (value: unknown) => typeof value === 'string', wanted: 'a string', schema: { type: 'string' } } as FieldType,
  count: {
    check: (value: unknown) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_COUNT,
    wanted: `a whole number from 0 to ${MAX_COUNT}`,
    schema: { type: 'integer', minimum: 0, maximum: MAX_COUNT },
  } as FieldType,
  userId: {
    check: (value: unknown) => isUserId(value) && !reservedWord(value),
    wanted: `a user id (1 to ${MAX_USER_ID_LENGTH} characters; "me" and "network" name no one here, use the user id)`,
    schema: { $ref: '#/$defs/userId' },
  } as FieldType,
  imageUrl: {
    check: (value: unknown) => typeof value === 'string',
    wanted: 'a picture address (a string)',
    schema: { type: 'string' },
  } as FieldType,
  imageFile: {
    check: (value: unknown) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      const file = value as Record<string, unknown>;
      const known = Object.keys(file).every((key) => key === 'path' || key === 'size' || key === 'type');
      return (
        known &&
        typeof file.path === 'string' &&
        typeof file.size === 'number' &&
        Number.isFinite(file.size) &&
        (file.type === undefined || typeof file.type === 'string')
      );
    },
    wanted: 'a picked file {path, size, type?} with nothing else',
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['path', 'size'],
      properties: { path: { type: 'string' }, size: { type: 'number' }, type: { type: 'string' } },
    },
  } as FieldType,
  /** An answer card's options: 2 to 8 strings (their own words, or just the letters). */
  options: {
    check: (value: unknown) => Array.isArray(value) && value.length >= 2 && value.length <= 8 && value.every((o) => typeof o === 'string'),
    wanted: 'a list of 2 to 8 strings',
    schema: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 8 },
  } as FieldType,
  /** Letters of an answer card's options, as a student taps them. */
  choices: {
    check: (value: unknown) => Array.isArray(value) && value.every((c) => typeof c === 'string' && /^[A-H]$/.test(c)),
    wanted: 'a list of option letters "A" to "H"',
    schema: { type: 'array', items: { enum: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] } },
  } as FieldType,
  oneOf: (...values: string[]): FieldType => ({
    check: (value: unknown) => typeof value === 'string' && values.includes(value),
    wanted: values.map((value) => JSON.stringify(value)).join(' or '),
    schema: { enum: values },
  }),
};
