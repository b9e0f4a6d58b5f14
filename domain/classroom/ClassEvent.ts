/** Why a staff command or a class state changed nothing. */
export type UnchangedReason = 'not-staff' | 'repeated' | 'stale' | 'not-active' | 'invalid';

/**
 * What a staff command, a caught-up class state or the board did to this student's class, one event per
 * effect: the notices a student sees, and the recap of a return, are made from these.
 */
export type ClassEvent =
  /** `devicesOnly`: I was on stage already, and the grant changed what I may switch on. */
  | { readonly type: 'granted-me'; readonly devicesOnly?: true }
  | { readonly type: 'revoked-me' }
  | { readonly type: 'muted-me' }
  | { readonly type: 'stage-full-for-me' }
  | { readonly type: 'stage-changed' }
  | { readonly type: 'chat-muted' }
  | { readonly type: 'chat-unmuted' }
  | { readonly type: 'removed' }
  | { readonly type: 'class-ended' }
  /** The staff asked me up (an invitation card shows until I answer or it runs out). */
  | { readonly type: 'invited-me' }
  | { readonly type: 'question-opened' }
  | { readonly type: 'question-closed' }
  | { readonly type: 'check-in-opened' }
  /** `by`: the staff member who gave it, when heard live. */
  | { readonly type: 'rewarded'; readonly to: string; readonly by?: string }
  /** The teacher's board came on or went off (from the board service, not a staff command). */
  | { readonly type: 'board-shown' }
  | { readonly type: 'board-hidden' }
  | { readonly type: 'unchanged'; readonly why: UnchangedReason }
  /** Commands between `after` and `before` (exclusive) never arrived: the class state must be read. */
  | { readonly type: 'sequence-gap'; readonly after: number; readonly before: number }
  /** A second, different command with the number last taken in: two staff clients numbered at once; the state decides. */
  | { readonly type: 'sequence-clash'; readonly seq: number };

export const unchanged = (why: UnchangedReason): ClassEvent => ({ type: 'unchanged', why });
