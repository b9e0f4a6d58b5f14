import { Clock } from '../ports/PlatformPorts';
import { InputDropLog } from './InputDropLog';

/** IM's own per-group ceiling: no honest sender gets past it. */
export const FLOOD_LIMIT_PER_SECOND = 40;
const WINDOW_MS = 1_000;
/** Senders are forgotten once quiet, so a class of thousands does not grow this without bound. */
const SWEEP_AT_SENDERS = 2_000;
/** Per sender, enough send times to judge any one-second window around a new one. */
const KEPT_TIMES = 4 * FLOOD_LIMIT_PER_SECOND;

/**
 * Lets each sender through at most FLOOD_LIMIT_PER_SECOND times in any one-second window of
 * send time, as the service stamped it: a burst redelivered after a reconnect arrives at once,
 * but was sent over minutes, and is not a flood.
 */
export class FloodGuard {
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly channel: 'chat' | 'signal',
    private readonly clock: Clock,
    private readonly drops: InputDropLog,
  ) {}

  admits(senderId: string, sentAt: number = this.clock.now()): boolean {
    if (this.recent.size > SWEEP_AT_SENDERS) this.sweep(this.clock.now());
    const times = this.recent.get(senderId) ?? [];
    const near = times.filter((at) => Math.abs(sentAt - at) < WINDOW_MS).length;
    if (near >= FLOOD_LIMIT_PER_SECOND) {
      this.drops.dropped(`${this.channel}-flooding`, { senderId });
      return false;
    }
    times.push(sentAt);
    this.recent.set(senderId, times.length > KEPT_TIMES ? times.slice(-KEPT_TIMES) : times);
    return true;
  }

  private sweep(now: number): void {
    for (const [senderId, times] of this.recent) {
      if (times.every((at) => now - at >= WINDOW_MS)) this.recent.delete(senderId);
    }
  }
}
