import { SetDataCall } from './setDataLog';

export interface SetDataStats {
  readonly calls: number;
  /** The most calls in any window [t, t + 1000 ms). */
  readonly maxCallsPerSecond: number;
  readonly meanCallsPerSecond: number;
  readonly bytesP50: number;
  readonly bytesP95: number;
  readonly bytesMax: number;
  readonly bytesTotal: number;
  readonly bytesPerMinute: number;
  /** The largest call but the catch-up after each onShow. */
  readonly bytesMaxBesidesCatchUp: number;
  /** Calls made while the page was hidden, and the largest catch-up after it showed again. */
  readonly hiddenCalls: number;
  readonly catchUpBytesMax: number;
  /** Calls by writer: the page, and each component by its path. */
  readonly byWriter: Readonly<Record<string, number>>;
}

export function setDataStats(calls: readonly SetDataCall[], seconds: number): SetDataStats {
  const bytes = calls.map((call) => call.bytes).sort((a, b) => a - b);
  return {
    calls: calls.length,
    maxCallsPerSecond: maxInWindow(
      calls.map((call) => call.at),
      1000,
    ),
    meanCallsPerSecond: calls.length / seconds,
    bytesP50: percentile(bytes, 50),
    bytesP95: percentile(bytes, 95),
    bytesMax: bytes[bytes.length - 1] ?? 0,
    bytesTotal: bytes.reduce((sum, size) => sum + size, 0),
    bytesPerMinute: (bytes.reduce((sum, size) => sum + size, 0) * 60) / seconds,
    bytesMaxBesidesCatchUp: Math.max(0, ...calls.filter((call) => !call.catchUp).map((call) => call.bytes)),
    hiddenCalls: calls.filter((call) => call.hidden).length,
    catchUpBytesMax: Math.max(0, ...calls.filter((call) => call.catchUp).map((call) => call.bytes)),
    byWriter: calls.reduce<Record<string, number>>((counts, call) => ({ ...counts, [call.writer]: (counts[call.writer] ?? 0) + 1 }), {}),
  };
}

/** The most of `times` (ascending) inside any half-open window of `width`; a busiest window starts at a call. */
export function maxInWindow(times: readonly number[], width: number): number {
  let best = 0;
  let end = 0;
  for (let start = 0; start < times.length; start += 1) {
    while (end < times.length && times[end] < times[start] + width) end += 1;
    best = Math.max(best, end - start);
  }
  return best;
}

/** Nearest-rank percentile of ascending values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
