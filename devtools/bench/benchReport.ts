import { Comparison, SeedLimits } from './compareBindings';
import { HeapReading } from './heapRun';
import { JoinTimes } from './joinCriticalPath';
import { BindingResult } from './measureBinding';
import { StartupCost } from './startupCost';

export interface PackageSizes {
  readonly main: number;
  readonly ownCode: number;
  readonly libraries: number;
  readonly total: number;
  readonly largest: { file: string; bytes: number }[];
  readonly subpackages?: readonly { root: string; bytes: number; ownCode: number }[];
  /** Our own code a class needs: the main package's and the lesson subpackage's (ADR 0007). */
  readonly lessonOwnCode?: number;
}

export interface BenchResults {
  readonly ranAt: string;
  readonly machine: string;
  readonly lesson: { readonly seconds: number; readonly seed: number; readonly members: number; readonly events: number };
  readonly comparison: Comparison;
  readonly seedLimits?: SeedLimits;
  readonly heap?: {
    readonly project1min: HeapReading;
    readonly naive1min: HeapReading;
    readonly project10min: HeapReading;
    readonly app10min: HeapReading;
    readonly appLong?: HeapReading;
  };
  readonly join: JoinTimes;
  readonly packageSizes: Record<string, PackageSizes>;
  readonly startup: Record<string, StartupCost>;
  readonly budgetMisses: readonly string[];
}

type Row = readonly [string, (result: BindingResult, heap?: HeapReading) => string];

const ROWS: readonly Row[] = [
  ['setData calls/s, max in any 1 s', (r) => `${r.setData.maxCallsPerSecond}`],
  ['setData calls/s, mean', (r) => r.setData.meanCallsPerSecond.toFixed(1)],
  ['setData calls in all', (r) => `${r.setData.calls}`],
  ["of them components' calls", (r) => `${r.setData.calls - (r.setData.byWriter.page ?? 0)}`],
  ['bytes a minute', (r) => bytes(Math.round(r.setData.bytesPerMinute))],
  ['bytes per call, p50', (r) => bytes(r.setData.bytesP50)],
  ['bytes per call, p95', (r) => bytes(r.setData.bytesP95)],
  ['bytes per call, max', (r) => bytes(r.setData.bytesMax)],
  ['bytes per call, max but the catch-up after onShow', (r) => bytes(r.setData.bytesMaxBesidesCatchUp)],
  ['calls while hidden (the catch-up on onShow, largest)', (r) => `${r.setData.hiddenCalls} (${bytes(r.setData.catchUpBytesMax)})`],
  ['chat line, mean', (r) => (r.chatLineBytes ? `${r.chatLineBytes.toFixed(0)} B` : '—')],
  [
    'elements on the page, mean / max (most children under one node)',
    (r) => (r.page ? `${r.page.elementsMean} / ${r.page.elementsMax} (${r.page.maxChildren})` : 'not rendered'),
  ],
  [
    'pictures downloaded a minute (the same at 720 px)',
    (r) => (r.pictures ? `${bytes(Math.round(r.pictures.bytesPerMinute))} (${bytes(Math.round(r.pictures.largeBytesPerMinute))})` : '—'),
  ],
  [
    'answer card: opening, its fields (the whole call), most',
    (r) =>
      r.answerCard
        ? `${bytes(r.answerCard.openCardBytes)} (${bytes(r.answerCard.openCallBytes)}), ${r.answerCard.opened} opened`
        : 'no card',
  ],
  [
    'answer card: while open, calls carrying it a second (its fields, most)',
    (r) => (r.answerCard ? `${r.answerCard.whileOpenCallsPerSecond.toFixed(2)} (${bytes(r.answerCard.whileOpenCardBytesMax)})` : 'no card'),
  ],
  [
    'answer card: closing with the results, its fields (the whole call), most',
    (r) =>
      r.answerCard
        ? `${bytes(r.answerCard.closeCardBytes)} (${bytes(r.answerCard.closeCallBytes)}), ${r.answerCard.closed} closed`
        : 'no card',
  ],
  ['bytes in all', (r) => bytes(r.setData.bytesTotal)],
  ['logic ms per event, mean (app and simulated services)', (r) => r.logic.meanPerEventMs.toFixed(3)],
  ['logic ms per task, p99 (app and simulated services)', (r) => r.logic.p99TaskMs.toFixed(3)],
  ["app's own ms per event, mean", (r) => r.logic.appOnly.meanPerEventMs.toFixed(3)],
  ["app's own ms per task, p99", (r) => r.logic.appOnly.p99TaskMs.toFixed(3)],
  ["app's own share of one core", (r) => `${(r.coreShare * 100).toFixed(1)}%`],
  ["teacher's or class's change to setData, max", (r) => `${r.visibleChanges.maxMs} ms (${r.visibleChanges.count} changes)`],
  ['own tap to setData, max', (r) => `${r.ownTaps.maxMs} ms (${r.ownTaps.count} taps)`],
  [
    'calls carrying the member count (alone)',
    (r) => `${r.memberCount.calls} (${r.memberCount.alone}) for ${r.memberCount.joinsAndLeaves} joins and leaves`,
  ],
  ['chat messages held at the end', (r) => `${r.chatHeld}`],
  [
    'heap at the end of a 1-min run (growth in it)',
    (_, heap) => (heap ? `${bytes(heap.endBytes)} (+${bytes(Math.max(0, heap.endBytes - heap.startBytes))})` : 'not run'),
  ],
];

/** The side-by-side table, as aligned text for the console or as Markdown for BENCHMARKS.md. */
export function comparisonTable(results: BenchResults, markdown: boolean): string {
  const { project, naive, tencent, seedLike } = results.comparison;
  const heads = ['', project.name, ...(tencent ? [tencent.name] : []), seedLike.name, naive.name];
  const body = ROWS.map(([label, cell]) => [
    label,
    cell(project, results.heap?.project1min),
    ...(tencent ? [cell(tencent)] : []),
    cell(seedLike),
    cell(naive, results.heap?.naive1min),
  ]);
  if (markdown) return [heads, heads.map(() => '---'), ...body].map((row) => `| ${row.join(' | ')} |`).join('\n');
  const widths = heads.map((_, column) => Math.max(...[heads, ...body].map((row) => row[column].length)));
  return [heads, ...body].map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('   ')).join('\n');
}

export function otherFigures(results: BenchResults): string[] {
  const { join, heap } = results;
  const lines = [
    `join, every call ${join.callMs} ms: this project ${join.project.ms} ms (${join.project.calls} calls deep); the seed's sequential order ${join.sequential.ms} ms (${join.sequential.calls} calls)`,
  ];
  const { project, seedLike } = results.comparison;
  // Ratios from this one run, so none of them flips between runs of different lessons.
  lines.push(
    `this project against the seed-like page, same run: ${(seedLike.setData.calls / project.setData.calls).toFixed(1)}x fewer calls, ${(seedLike.setData.bytesTotal / project.setData.bytesTotal).toFixed(0)}x fewer bytes, largest call ${(seedLike.setData.bytesMax / project.setData.bytesMax).toFixed(0)}x smaller`,
  );
  if (results.seedLimits) {
    const { seconds, passes256KBAt, passes1MBAt } = results.seedLimits;
    const at = (second: number | null) => (second === null ? `not within ${seconds} s` : `after ${second} s`);
    lines.push(
      `the seed-like page alone in a ${seconds} s heavy lesson: a call passes 256 KB ${at(passes256KBAt)} and WeChat's 1 MB per call ${at(passes1MBAt)}`,
    );
  }
  if (heap) {
    const growth = heap.project10min.endBytes / heap.project1min.endBytes;
    lines.push(
      `heap of this project's page at the end (renderer and simulated class included): 1-minute run ${bytes(heap.project1min.endBytes)}, 10-minute run ${bytes(heap.project10min.endBytes)} (${growth.toFixed(2)}x)`,
    );
    const own = (reading: HeapReading) => bytes(reading.appBytes ?? 0);
    lines.push(
      `the app's own retained heap (no renderer; what a collection frees once the app is let go): after 10 minutes ${own(heap.app10min)}` +
        (heap.appLong
          ? `, after ${heap.appLong.seconds / 60} minutes ${own(heap.appLong)} (${((heap.appLong.appBytes ?? 0) / (heap.app10min.appBytes ?? 1)).toFixed(2)}x)`
          : ''),
    );
  }
  for (const [build, sizes] of Object.entries(results.packageSizes)) {
    lines.push(
      `package (${build} build): main ${bytes(sizes.main)} (our own code ${bytes(sizes.ownCode)}, libraries ${bytes(sizes.libraries)}), whole app ${bytes(sizes.total)}; largest ${sizes.largest
        .slice(0, 4)
        .map((f) => `${f.file} ${bytes(f.bytes)}`)
        .join(', ')}`,
    );
    const lesson = sizes.subpackages?.find((sub) => sub.root === 'lesson');
    if (lesson && sizes.lessonOwnCode !== undefined)
      lines.push(
        `lesson subpackage (${build} build): ${bytes(lesson.bytes)} (our own code ${bytes(lesson.ownCode)}, libraries ${bytes(lesson.bytes - lesson.ownCode)}); our own code for a class, main package and lesson subpackage: ${bytes(sizes.lessonOwnCode)}`,
      );
  }
  for (const [build, cost] of Object.entries(results.startup ?? {})) {
    lines.push(
      `startup (${build} build, WeChat-like sandbox, median of ${cost.runs - 1} warm runs): main package to the entry page's first setData ${cost.appMs.toFixed(1)} ms, the libraries alone ${cost.librariesMs.toFixed(1)} ms, ratio ${cost.ratio.toFixed(2)}; first run ${cost.firstRun.appMs.toFixed(1)} ms against ${cost.firstRun.librariesMs.toFixed(1)} ms`,
    );
    if (cost.lesson)
      lines.push(
        `opening the lesson (${build} build, after the launch): lesson subpackage to the lesson page's first setData ${cost.lesson.openMs.toFixed(1)} ms, its libraries alone ${cost.lesson.librariesMs.toFixed(1)} ms`,
      );
  }
  return lines;
}

export function bytes(count: number): string {
  if (count < 1024) return `${count} B`;
  if (count < 1024 * 1024) return `${(count / 1024).toFixed(1)} KB`;
  if (count < 1024 * 1024 * 1024) return `${(count / 1024 / 1024).toFixed(1)} MB`;
  return `${(count / 1024 / 1024 / 1024).toFixed(2)} GB`;
}
