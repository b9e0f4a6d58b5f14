/**
 * At most `limit` sends in any window of `windowMs`: the times of the last `limit` sends, oldest
 * first, say when the next one may go.
 */
export class SendBudget {
  private readonly times: number[] = [];

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  spend(at: number): void {
    this.times.push(at);
    if (this.times.length > this.limit) this.times.shift();
  }

  /** The earliest time from `now` at which one more send keeps every window within the limit. */
  nextFreeAt(now: number): number {
    if (this.times.length < this.limit) return now;
    return Math.max(now, this.times[0] + this.windowMs);
  }
}
