import { CardCostSummary } from './cardCost';
import { LessonBinding } from './LessonBinding';
import { PageShape } from './setDataLog';
import { LogicSummary } from './LogicTime';
import { setDataStats, SetDataStats } from './setDataStats';

export interface Latencies {
  readonly count: number;
  readonly maxMs: number;
}

/** What the bench reports for one binding after one run. */
export interface BindingResult {
  readonly name: string;
  readonly events: number;
  readonly setData: SetDataStats;
  readonly logic: LogicSummary;
  /** The app's own time over the lesson's length: the share of one core it keeps busy. */
  readonly coreShare: number;
  readonly chatHeld: number;
  /** Simulated ms from each change the teacher or class makes to the setData that carried it. */
  readonly visibleChanges: Latencies & { readonly unseen: readonly string[] };
  /** Simulated ms from each of the student's own taps to the setData that showed it. */
  readonly ownTaps: Latencies;
  /** Members joining and leaving, and the setData calls that carried the member count (alone: nothing else). */
  readonly memberCount: { readonly joinsAndLeaves: number; readonly calls: number; readonly alone: number };
  /** The rendered page, sampled once a simulated second; absent for a binding that renders nothing. */
  readonly page?: { readonly elementsMean: number; readonly elementsMax: number; readonly maxChildren: number };
  /** Mean bytes of one chat line in the payloads. */
  readonly chatLineBytes: number;
  /** What the pictures the page showed weigh, per minute, and the same pictures at the 720 px entry. */
  readonly pictures?: { readonly shown: number; readonly bytesPerMinute: number; readonly largeBytesPerMinute: number };
  /** Issue 25: what opening, showing and closing the answer card cost; absent for a page that has none. */
  readonly answerCard?: CardCostSummary;
}

export function measureBinding(binding: LessonBinding, events: number, seconds: number, joinsAndLeaves = 0): BindingResult {
  const logic = binding.logicTime.summary();
  const carried = binding.log.carrying.get(binding.memberCountField) ?? { calls: 0, alone: 0 };
  return {
    name: binding.name,
    events,
    setData: setDataStats(binding.log.calls, seconds),
    logic,
    coreShare: logic.appOnly.totalMs / (seconds * 1000),
    chatHeld: binding.chatHeld(),
    visibleChanges: { ...latencies(binding, 'command'), unseen: binding.log.unseen() },
    ownTaps: latencies(binding, 'tap'),
    memberCount: { joinsAndLeaves, calls: carried.calls, alone: carried.alone },
    ...(binding.log.shapes.length ? { page: pageOf(binding.log.shapes) } : {}),
    chatLineBytes: mean(binding.log.chatLineBytes),
    ...(binding.pictureBytes ? { pictures: picturesOf(binding, seconds) } : {}),
    ...(binding.hasAnswerCard ? { answerCard: binding.log.card.summary() } : {}),
  };
}

function pageOf(shapes: readonly PageShape[]): NonNullable<BindingResult['page']> {
  return {
    elementsMean: Math.round(mean(shapes.map((shape) => shape.elements))),
    elementsMax: Math.max(...shapes.map((shape) => shape.elements)),
    maxChildren: Math.max(...shapes.map((shape) => shape.maxChildren)),
  };
}

function picturesOf(binding: LessonBinding, seconds: number): NonNullable<BindingResult['pictures']> {
  const shown = [...binding.log.picturesShown];
  const weigh = (entry: 'shown' | 'large') => (shown.reduce((sum, url) => sum + binding.pictureBytes!(url, entry), 0) * 60) / seconds;
  return { shown: shown.length, bytesPerMinute: weigh('shown'), largeBytesPerMinute: weigh('large') };
}

const mean = (values: readonly number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0);

function latencies(binding: LessonBinding, kind: 'command' | 'tap'): Latencies {
  const ms = binding.log.latencies.filter((latency) => latency.kind === kind).map((latency) => latency.ms);
  return { count: ms.length, maxMs: ms.length ? Math.max(...ms) : 0 };
}
