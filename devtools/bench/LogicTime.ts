import { percentile } from './setDataStats';

/**
 * Logic-thread time of one binding, measured in-process: each event handler and each timer task
 * (a coalesced flush, say) with the promise chains it starts, minus the time spent rendering
 * (jsdom stands in for WeChat's render thread, which is not the logic thread's cost).
 */
export class LogicTime {
  private readonly eventMs: number[] = [];
  private readonly taskMs: number[] = [];

  constructor(private readonly renderMs: () => number) {}

  async measure(kind: 'event' | 'timer', work: () => void): Promise<void> {
    const rendered = this.renderMs();
    const started = performance.now();
    work();
    await microtasks();
    const ms = performance.now() - started - (this.renderMs() - rendered);
    if (kind === 'event') this.eventMs.push(ms);
    this.taskMs.push(ms);
  }

  /** Mean: all logic time over the events that caused it; p99: of single tasks, the stalls a student could feel. */
  summary(): { meanPerEventMs: number; p99TaskMs: number } {
    const total = this.taskMs.reduce((sum, ms) => sum + ms, 0);
    return {
      meanPerEventMs: this.eventMs.length ? total / this.eventMs.length : 0,
      p99TaskMs: percentile(
        [...this.taskMs].sort((a, b) => a - b),
        99,
      ),
    };
  }

  reset(): void {
    this.eventMs.length = 0;
    this.taskMs.length = 0;
  }
}

/** Lets short promise chains run without yielding to the event loop, so their work can be timed. */
export async function microtasks(hops = 20): Promise<void> {
  for (let hop = 0; hop < hops; hop += 1) await Promise.resolve();
}
