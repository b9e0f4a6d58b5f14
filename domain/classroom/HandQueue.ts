export interface RaisedHand {
  readonly userId: string;
  readonly raisedAt: number;
}

/** Raised hands in the order they went up; raising again keeps the original place. */
export class HandQueue {
  private hands: RaisedHand[] = [];

  raise(userId: string, at: number): void {
    if (this.isRaised(userId)) return;
    this.hands = [...this.hands, { userId, raisedAt: at }].sort((a, b) => a.raisedAt - b.raisedAt);
  }

  lower(userId: string): void {
    this.hands = this.hands.filter((hand) => hand.userId !== userId);
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
}
