import { TeacherCommand } from '../../../domain/classroom/TeacherCommand';

/**
 * The lesson's own tag on IM custom messages. TIC already claims `TXWhiteBoardExt` and
 * `TXConferenceExt` in the same groups, so signalling must never reuse those.
 */
export const SIGNAL_EXTENSION = 'lesson.signal';

/**
 * Version 3: the school server numbers every staff command, keeps the class state and publishes
 * to the signalling group (docs/signalling.md). Version 2 numbered on a staff client and kept the
 * state in the group's profile; version 1 had no numbers.
 */
export const SIGNAL_VERSION = 3;

/** Bigger payloads are refused unread: no command needs more than a few hundred bytes. */
export const MAX_SIGNAL_BYTES = 8 * 1024;

/** A staff command with the class's sequence number, as it travels. */
export type StaffSignal = TeacherCommand & { readonly seq: number };

/** What travels on the signalling group: a staff command, or a student's hand. */
/** A hand as the school server publishes it, with the number of the change it made (`rev`), so a repeat or a late copy is known. */
export type Signal = StaffSignal | { readonly type: 'hand'; readonly raised: boolean; readonly rev?: number };

/** The three fields of a TIM custom message payload. */
export interface SignalPayload {
  readonly data: string;
  readonly description: string;
  readonly extension: string;
}

/** Why a signal was dropped unread. Who may send what is the classroom's to judge, not the codec's. */
export type DropReason = 'oversized' | 'malformed' | 'old-version' | 'unknown-version' | 'unknown-command' | 'bad-fields';
