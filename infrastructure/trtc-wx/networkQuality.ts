import { NetworkQuality } from '../../application/ports/MediaRoomPort';

const RANK: Record<NetworkQuality, number> = { unknown: 0, good: 1, fair: 2, poor: 3, down: 4 };

/**
 * Grades one netStatus report of <live-pusher> or <live-player> (WeChat gives raw figures, no
 * grade). The rule, also in docs/tencent-adapters.md:
 * - no `netSpeed` figure: unknown;
 * - `netSpeed` 0 kbps: down (nothing is moving);
 * - jitter 300 ms or more, or video under 5 fps while video flows: poor;
 * - jitter 100 ms or more, or video under 12 fps while video flows: fair;
 * - otherwise good.
 */
export function gradeNetStatus(info: Record<string, unknown> | undefined): NetworkQuality {
  const speed = numberOf(info?.netSpeed);
  if (speed === undefined) return 'unknown';
  if (speed === 0) return 'down';
  const jitter = numberOf(info?.netJitter) ?? 0;
  const videoFlows = (numberOf(info?.videoBitrate) ?? 0) > 0;
  const fps = numberOf(info?.videoFPS);
  if (jitter >= 300 || (videoFlows && fps !== undefined && fps < 5)) return 'poor';
  if (jitter >= 100 || (videoFlows && fps !== undefined && fps < 12)) return 'fair';
  return 'good';
}

/** The lesson's quality is its worst link: my upload while I publish, and each stream I play. */
export function worstQuality(grades: Iterable<NetworkQuality>): NetworkQuality {
  let worst: NetworkQuality = 'unknown';
  for (const grade of grades) if (RANK[grade] > RANK[worst]) worst = grade;
  return worst;
}

function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
