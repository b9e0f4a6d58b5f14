import { ServerClock } from '../../application/ServerClock';

interface Slot {
  /** When the call's answer came; Infinity while it is in flight. */
  ended: number;
}

/**
 * At most `perSecond` calls of an API in any one second, as Tencent's REST APIs allow: a burst
 * past it waits its turn instead of being refused. A call holds its slot from its start until a
 * second after its answer, so however late a request reaches the service, the service never
 * counts more than the limit within a second.
 */
export class RestRateLimit {
  private readonly slots: Slot[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly perSecond: number,
    private readonly clock: ServerClock,
  ) {}

  /** Runs `call` once a slot is free; calls get their slots in the order they asked. */
  async run<T>(call: () => Promise<T>): Promise<T> {
    const turn = this.queue.then(() => this.slot());
    this.queue = turn;
    const slot = await turn;
    try {
      return await call();
    } finally {
      slot.ended = this.clock.now();
    }
  }

  private async slot(): Promise<Slot> {
    for (;;) {
      const now = this.clock.now();
      for (let i = this.slots.length - 1; i >= 0; i--) if (now - this.slots[i].ended >= 1_000) this.slots.splice(i, 1);
      if (this.slots.length < this.perSecond) {
        const slot = { ended: Infinity };
        this.slots.push(slot);
        return slot;
      }
      const firstFree = Math.min(...this.slots.map((slot) => slot.ended)) + 1_000;
      // While every slot is in flight there is no time to wait for: look again shortly.
      await this.clock.delay(Number.isFinite(firstFree) ? Math.max(1, firstFree - now) : 10);
    }
  }
}
