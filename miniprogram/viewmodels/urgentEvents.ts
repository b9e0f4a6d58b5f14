import { ClassEvent } from '../../domain/classroom/ClassEvent';

/** Class events the student must see at once: the staff's commands (the class tools' too), the end, a removal, the board. */
export const URGENT_EVENTS: ReadonlySet<ClassEvent['type']> = new Set<ClassEvent['type']>([
  'granted-me',
  'revoked-me',
  'muted-me',
  'stage-full-for-me',
  'stage-changed',
  'chat-muted',
  'chat-unmuted',
  'removed',
  'class-ended',
  'board-shown',
  'board-hidden',
  'invited-me',
  'question-opened',
  'question-closed',
  'check-in-opened',
  'rewarded',
]);
