import { Clock } from '../../application/ports/PlatformPorts';

interface Timer {
  readonly at: number;
  readonly seq: number;
  readonly fire: () => void;
}

/** Simulated time: nothing happens until `advance` moves the clock, so a lesson of minutes runs in milliseconds. */
export class ManualClock implements Clock {
  private current: number;
  private timers: Timer[] = [];
  private seq = 0;

  constructor(start = 0) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  delay(ms: number): Promise<void> {
    return new Promise((resolve) => this.schedule(ms, resolve));
  }

  schedule(ms: number, fire: () => void): void {
    this.timers.push({ at: this.current + Math.max(0, ms), seq: this.seq++, fire });
    this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
  }

  /** Moves time forward, firing due timers in order and letting promise chains settle after each. */
  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    await settle();
    while (this.timers.length && this.timers[0].at <= target) {
      const timer = this.timers.shift()!;
      this.current = timer.at;
      timer.fire();
      await settle();
    }
    this.current = target;
    await settle();
  }

  get pendingTimers(): number {
    return this.timers.length;
  }
}

/** Lets every queued promise continuation run (a macrotask runs only after the microtask queue drains). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
