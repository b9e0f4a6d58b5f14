export interface RaisedHand {
  readonly userId: string;
  readonly raisedAt: number;
}

interface HandChange extends RaisedHand {
  readonly raised: boolean;
}

/** Hand changes kept for replay over a stored state; a lesson's catch-up needs only the last few. */
const KEPT_CHANGES = 1_000;

/**
 * Raised hands in the order they went up; raising again keeps the original place. Every raise
 * and lower is also kept in order, so that the ones heard after a point can be played again on
 * top of the staff's stored queue, which may not have taken them in yet.
 */
export class HandQueue {
  private hands: RaisedHand[] = [];
  private changes: HandChange[] = [];
  private changeCount = 0;
  /** The newest number heard for each student's hand, from the school server that numbers them. */
  private readonly numbers = new Map<string, number>();

  raise(userId: string, at: number): void {
    this.note({ userId, raisedAt: at, raised: true });
    if (this.isRaised(userId)) return;
    this.hands = [...this.hands, { userId, raisedAt: at }].sort((a, b) => a.raisedAt - b.raisedAt);
  }

  lower(userId: string): void {
    this.note({ userId, raisedAt: 0, raised: false });
    this.hands = this.hands.filter((hand) => hand.userId !== userId);
  }

  /** The queue as the staff hold it, in their order; hands raised here later go after it. */
  replaceWith(userIds: readonly string[]): void {
    const ids = [...new Set(userIds)];
    // Before any clock reading, so a hand raised here afterwards queues behind them.
    this.hands = ids.map((userId, index) => ({ userId, raisedAt: index - ids.length }));
  }

  /** Puts a hand back where it was, after a lowering that could not be sent. */
  restore(hand: RaisedHand): void {
    this.note({ ...hand, raised: true });
    this.hands = [...this.hands.filter((current) => current.userId !== hand.userId), hand].sort((a, b) => a.raisedAt - b.raisedAt);
  }

  /** The point of this hand's last raise or lower, or -1; a queue taken from the staff is no change of its own. */
  lastChangeOf(userId: string): number {
    for (let i = this.changes.length - 1; i >= 0; i--) {
      if (this.changes[i].userId === userId) return this.changeCount - this.changes.length + i;
    }
    return -1;
  }

  /** A point in the changes, to replay from later. */
  mark(): number {
    return this.changeCount;
  }

  /**
   * Brings the queue in line with every change since `mark`, each hand by its last change: one
   * lowered since is taken out, one raised since and missing is added by when it went up, and
   * one already queued keeps the place the queue gives it. `mayRaise` says who may still queue.
   */
  replaySince(mark: number, mayRaise: (userId: string) => boolean): void {
    const since = this.changes.slice(Math.max(0, this.changes.length - (this.changeCount - mark)));
    const last = new Map<string, HandChange>();
    for (const change of since) last.set(change.userId, change);
    for (const change of last.values()) {
      if (!change.raised) this.hands = this.hands.filter((hand) => hand.userId !== change.userId);
      else if (!this.isRaised(change.userId) && mayRaise(change.userId)) {
        this.hands = [...this.hands, { userId: change.userId, raisedAt: change.raisedAt }].sort((a, b) => a.raisedAt - b.raisedAt);
      }
    }
  }

  /**
   * Whether a hand numbered `rev` is news: one at or below a number already heard from the same
   * student is a repeat or a late copy (a service that gives no message id, a redelivery).
   */
  takesNumber(userId: string, rev: number): boolean {
    if (rev <= (this.numbers.get(userId) ?? 0)) return false;
    this.numbers.set(userId, rev);
    return true;
  }

  entryOf(userId: string): RaisedHand | undefined {
    return this.hands.find((hand) => hand.userId === userId);
  }

  clear(): void {
    this.hands = [];
  }

  isRaised(userId: string): boolean {
    return this.hands.some((hand) => hand.userId === userId);
  }

  /** 1-based place in the queue, or null when the hand is down. */
  positionOf(userId: string): number | null {
    const index = this.hands.findIndex((hand) => hand.userId === userId);
    return index < 0 ? null : index + 1;
  }

  get userIds(): string[] {
    return this.hands.map((hand) => hand.userId);
  }

  private note(change: HandChange): void {
    this.changes.push(change);
    this.changeCount++;
    if (this.changes.length > KEPT_CHANGES) this.changes = this.changes.slice(-KEPT_CHANGES / 2);
  }
}
