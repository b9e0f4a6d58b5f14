import { LessonBinding } from './LessonBinding';
import { setDataStats, SetDataStats } from './setDataStats';

/** What the bench reports for one binding after one run. */
export interface BindingResult {
  readonly name: string;
  readonly events: number;
  readonly setData: SetDataStats;
  readonly logic: { readonly meanPerEventMs: number; readonly p99TaskMs: number };
  readonly chatHeld: number;
  /** Simulated ms from each user-visible change to the setData that carried it. */
  readonly visibleChanges: { readonly count: number; readonly maxMs: number; readonly unseen: readonly string[] };
}

export function measureBinding(binding: LessonBinding, events: number, seconds: number): BindingResult {
  const latencies = binding.log.latencies.map((latency) => latency.ms);
  return {
    name: binding.name,
    events,
    setData: setDataStats(binding.log.calls, seconds),
    logic: binding.logicTime.summary(),
    chatHeld: binding.chatHeld(),
    visibleChanges: { count: latencies.length, maxMs: latencies.length ? Math.max(...latencies) : 0, unseen: binding.log.unseen() },
  };
}
