import { Clock } from '../application/ports/PlatformPorts';
import { LogicTime } from './LogicTime';

interface Timer {
  readonly at: number;
  readonly seq: number;
  readonly fire: () => void;
}

/** The clock a lesson player moves: simulated time that only passes when told to. */
export interface SimulatedClock extends Clock {
  advance(ms: number): Promise<void>;
}

/**
 * ManualClock's semantics (timers fire in order, promise chains settle after each) on a faster
 * settle: setImmediate instead of a 1 ms setTimeout, so a lesson of thousands of events plays in
 * seconds. Each timer's work (its callback and the microtasks it starts) is reported as a task,
 * since that is logic-thread time a busy page spends outside any event handler.
 */
export class BenchClock implements SimulatedClock {
  private current: number;
  private timers: Timer[] = [];
  private seq = 0;

  /** Where timer tasks are timed; set once the binding that owns the timers exists. */
  logicTime: LogicTime | undefined;

  constructor(start: number) {
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

  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    await settle();
    while (this.timers.length && this.timers[0].at <= target) {
      const timer = this.timers.shift()!;
      this.current = timer.at;
      if (this.logicTime) await this.logicTime.measure('timer', timer.fire);
      else timer.fire();
      await settle();
    }
    this.current = target;
    await settle();
  }
}

/** Lets every queued continuation run: a macrotask comes only after the microtask queue drains. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
