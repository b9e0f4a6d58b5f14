import { TeacherCommand } from '../../domain/classroom/TeacherCommand';

/**
 * The lesson's own tag on IM custom messages. TIC already claims `TXWhiteBoardExt` and
 * `TXConferenceExt` in the same groups, so signalling must never reuse those.
 */
export const SIGNAL_EXTENSION = 'lesson.signal';

export const SIGNAL_VERSION = 1;

/** Bigger payloads are refused unread: no command needs more than a few hundred bytes. */
export const MAX_SIGNAL_BYTES = 8 * 1024;

/** What travels on the signalling group: a teacher's command, or a student's hand. */
export type Signal = TeacherCommand | { readonly type: 'hand'; readonly raised: boolean };

/** The three fields of a TIM custom message payload. */
export interface SignalPayload {
  readonly data: string;
  readonly description: string;
  readonly extension: string;
}

export type DropReason =
  | 'oversized'
  | 'malformed'
  | 'unknown-version'
  | 'unknown-command'
  | 'bad-fields'
  | 'not-permitted';
