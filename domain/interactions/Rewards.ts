import { RewardCount } from '../classroom/ClassState';
import { MAX_REWARDED } from './limits';

/** How many rewards each student has had this lesson. */
export class Rewards {
  private readonly counts = new Map<string, number>();

  countOf(userId: string): number {
    return this.counts.get(userId) ?? 0;
  }

  /** One more for `userId`; refused once 500 students have rewards and this is a new one. */
  add(userId: string): boolean {
    if (!this.counts.has(userId) && this.counts.size >= MAX_REWARDED) return false;
    this.counts.set(userId, this.countOf(userId) + 1);
    return true;
  }

  replaceWith(counts: readonly RewardCount[]): void {
    this.counts.clear();
    for (const { userId, count } of counts) this.counts.set(userId, count);
  }
}
