import { Choice } from '../interactions/choices';

/** What a teacher or assistant can tell the class; who sent it is carried beside, never inside. */
export type TeacherCommand =
  | { readonly type: 'grant'; readonly to: string; readonly mic: boolean; readonly camera: boolean }
  | { readonly type: 'revoke'; readonly to: string }
  | { readonly type: 'muteAll' }
  | { readonly type: 'muteChat'; readonly on: boolean }
  | { readonly type: 'kick'; readonly to: string }
  | { readonly type: 'endClass' }
  /**
   * Asks a student up with these devices; nothing is published until the staff grant on their yes.
   * `msLeft` on a timed command: what was left of its time when the school server sent it (it may
   * send late, after IM came back), so that a card counts the time it really has.
   */
  | {
      readonly type: 'invite';
      readonly to: string;
      readonly mic: boolean;
      readonly camera: boolean;
      readonly seconds: number;
      readonly msLeft?: number;
    }
  /** An answer card or a poll; the correct answer stays with the staff until the close. */
  | {
      readonly type: 'question';
      readonly id: string;
      readonly options: readonly string[];
      readonly multiple: boolean;
      readonly seconds: number | null;
      readonly msLeft?: number;
    }
  /** `counts[i]`: how many answered option i, as the staff's tally has it; `correct` null for a poll. */
  | { readonly type: 'closeQuestion'; readonly id: string; readonly correct: readonly Choice[] | null; readonly counts: readonly number[] }
  | { readonly type: 'checkIn'; readonly id: string; readonly seconds: number; readonly msLeft?: number }
  | { readonly type: 'reward'; readonly to: string };

export type TeacherCommandType = TeacherCommand['type'];

export const TEACHER_COMMAND_TYPES: readonly TeacherCommandType[] = [
  'grant',
  'revoke',
  'muteAll',
  'muteChat',
  'kick',
  'endClass',
  'invite',
  'question',
  'closeQuestion',
  'checkIn',
  'reward',
];
