import { DomainError } from '../shared/DomainError';

export type LessonStatus = 'joining' | 'waiting' | 'live' | 'reconnecting' | 'ended' | 'kicked' | 'left' | 'error';

/** How a lesson ended for this student when it is over. */
export type ExitReason = 'class-ended' | 'removed' | 'logged-in-elsewhere' | 'left' | 'join-failed';

const NEXT: Record<LessonStatus, readonly LessonStatus[]> = {
  joining: ['waiting', 'live', 'ended', 'kicked', 'left', 'error'],
  waiting: ['live', 'reconnecting', 'ended', 'kicked', 'left'],
  live: ['reconnecting', 'ended', 'kicked', 'left'],
  reconnecting: ['waiting', 'live', 'ended', 'kicked', 'left'],
  ended: ['left'],
  kicked: ['left'],
  left: [],
  error: ['left'],
};

export function assertTransition(from: LessonStatus, to: LessonStatus): void {
  if (!NEXT[from].includes(to)) throw new DomainError('LESSON.TRANSITION', `a lesson cannot go from ${from} to ${to}`);
}

export function canTransition(from: LessonStatus, to: LessonStatus): boolean {
  return NEXT[from].includes(to);
}

/** A lesson in which the student may still act (hand, devices, chat). */
export function isActive(status: LessonStatus): boolean {
  return status === 'waiting' || status === 'live' || status === 'reconnecting';
}

export function isOver(status: LessonStatus): boolean {
  return status === 'ended' || status === 'kicked' || status === 'left' || status === 'error';
}
