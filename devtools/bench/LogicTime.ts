import { percentile } from './setDataStats';

export interface LogicSummary {
  readonly meanPerEventMs: number;
  readonly p99TaskMs: number;
  /** The same with the simulated services' own time taken out: what the student's phone would spend. */
  readonly appOnly: { readonly meanPerEventMs: number; readonly p99TaskMs: number; readonly totalMs: number };
}

/**
 * Logic-thread time of one binding, measured in-process: each event handler and each timer task
 * (a coalesced flush, say) with the promise chains it starts, minus the time spent rendering
 * (jsdom stands in for WeChat's render thread, which is not the logic thread's cost). The
 * simulated services' time (ServiceTime) is recorded apart, so the app's own time can be told.
 */
export class LogicTime {
  private readonly eventMs: number[] = [];
  private readonly taskMs: number[] = [];
  private readonly appTaskMs: number[] = [];

  constructor(
    private readonly renderMs: () => number,
    private readonly serviceMs: () => number = () => 0,
  ) {}

  async measure(kind: 'event' | 'timer', work: () => void): Promise<void> {
    const rendered = this.renderMs();
    const served = this.serviceMs();
    const started = performance.now();
    work();
    await microtasks();
    const ms = performance.now() - started - (this.renderMs() - rendered);
    if (kind === 'event') this.eventMs.push(ms);
    this.taskMs.push(ms);
    this.appTaskMs.push(Math.max(0, ms - (this.serviceMs() - served)));
  }

  /** Mean: all logic time over the events that caused it; p99: of single tasks, the stalls a student could feel. */
  summary(): LogicSummary {
    const events = Math.max(1, this.eventMs.length);
    const total = sum(this.taskMs);
    const appTotal = sum(this.appTaskMs);
    return {
      meanPerEventMs: this.eventMs.length ? total / events : 0,
      p99TaskMs: percentile(ascending(this.taskMs), 99),
      appOnly: {
        meanPerEventMs: this.eventMs.length ? appTotal / events : 0,
        p99TaskMs: percentile(ascending(this.appTaskMs), 99),
        totalMs: appTotal,
      },
    };
  }

  reset(): void {
    this.eventMs.length = 0;
    this.taskMs.length = 0;
    this.appTaskMs.length = 0;
  }
}

const sum = (values: readonly number[]) => values.reduce((total, ms) => total + ms, 0);
const ascending = (values: readonly number[]) => [...values].sort((a, b) => a - b);

/** Lets short promise chains run without yielding to the event loop, so their work can be timed. */
export async function microtasks(hops = 20): Promise<void> {
  for (let hop = 0; hop < hops; hop += 1) await Promise.resolve();
}
