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
    const timer = { at: this.current + Math.max(0, ms), seq: this.seq++, fire };
    let index = this.timers.length;
    while (index > 0 && this.timers[index - 1].at > timer.at) index -= 1;
    this.timers.splice(index, 0, timer);
  }

  /** Moves time forward, firing due timers in order and letting promise chains settle after each. */
  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    await settle();
    while (this.timers.length && this.timers[0].at <= target) {
      const timer = this.timers.shift()!;
      this.current = timer.at;
      await this.runTimer(timer.fire);
      await settle();
    }
    this.current = target;
    await settle();
  }

  /** Where a due timer's callback runs; a bench overrides it to time the work. */
  protected runTimer(fire: () => void): void | Promise<void> {
    fire();
  }

  get pendingTimers(): number {
    return this.timers.length;
  }
}

/**
 * Lets every queued promise continuation run (a macrotask runs only after the microtask queue
 * drains). setImmediate where there is one: a 0 ms setTimeout waits a whole millisecond in Node.
 */
export function settle(): Promise<void> {
  // WeChat has no setImmediate, and this module ships (the demo runs on it).
  const { setImmediate: immediate } = globalThis as { setImmediate?: (callback: () => void) => unknown };
  const later: (resolve: () => void) => unknown = immediate ?? ((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => later(resolve));
}
