import { Clock } from '../ports/PlatformPorts';
import { InputDropLog } from './InputDropLog';

/** IM's own per-group ceiling: no honest sender gets past it. */
export const FLOOD_LIMIT_PER_SECOND = 40;
const WINDOW_MS = 1_000;
/** Senders are forgotten once quiet, so a class of thousands does not grow this without bound. */
const SWEEP_AT_SENDERS = 2_000;

/** Lets each sender through at most FLOOD_LIMIT_PER_SECOND times in any one-second window. */
export class FloodGuard {
  private readonly recent = new Map<string, number[]>();

  constructor(private readonly channel: 'chat' | 'signal', private readonly clock: Clock, private readonly drops: InputDropLog) {}

  admits(senderId: string): boolean {
    const now = this.clock.now();
    if (this.recent.size > SWEEP_AT_SENDERS) this.sweep(now);
    const times = (this.recent.get(senderId) ?? []).filter((at) => now - at < WINDOW_MS);
    if (times.length >= FLOOD_LIMIT_PER_SECOND) {
      this.recent.set(senderId, times);
      this.drops.dropped(`${this.channel}-flooding`, { senderId });
      return false;
    }
    times.push(now);
    this.recent.set(senderId, times);
    return true;
  }

  private sweep(now: number): void {
    for (const [senderId, times] of this.recent) {
      if (times.every((at) => now - at >= WINDOW_MS)) this.recent.delete(senderId);
    }
  }
}
