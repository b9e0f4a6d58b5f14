import { Choice } from '../../../domain/interactions/choices';

/** A student's answer to the staff, as the school server took it. */
export type StudentReply =
  | {
      readonly kind: 'answer';
      readonly classId: string;
      readonly userId: string;
      readonly questionId: string;
      readonly choices: readonly Choice[];
    }
  | { readonly kind: 'check-in'; readonly classId: string; readonly userId: string; readonly checkInId: string }
  | { readonly kind: 'invitation'; readonly classId: string; readonly userId: string; readonly seq: number; readonly accepted: boolean };

/**
 * Where the server keeps what students answer the staff (never the group): each student's latest
 * answer per question and their check-ins. Only the staff read it.
 */
export interface ReplyBook {
  /** Keeps the reply; answers again from the same student replace their last one. */
  keep(reply: StudentReply): void;
  /** Per option, how many students' latest answers chose it, and how many students answered. */
  tally(classId: string, questionId: string, optionCount: number): { readonly counts: number[]; readonly answered: number };
  checkedIn(classId: string, checkInId: string): readonly string[];
  /**
   * The answers to invitations numbered after `after`, oldest first, and the number of the last:
   * the staff's clients ask with the last number they hold, so each hears each answer once.
   */
  invitationAnswers(classId: string, after: number): { readonly cursor: number; readonly answers: readonly InvitationAnswerEntry[] };
}

export interface InvitationAnswerEntry {
  readonly userId: string;
  readonly seq: number;
  readonly accepted: boolean;
}
