import { timError } from './timMessages';

/** Tencent's group attribute docs: 20 getGroupAttributes calls per 5 s per user; beyond, OVER_FREQUENCY_LIMIT. */
const CALLS_PER_WINDOW = 20;
const WINDOW_MS = 5_000;
/** GroupAttributesHandler.CACHE_EXPIRE_TIME in tim-wx-sdk 2.27.6. */
const CACHE_MS = 30_000;

interface Cached {
  values: Record<string, string>;
  fetchedAt: number;
}

/**
 * Group attributes as one client reads them. The SDK serves getGroupAttributes from its cache
 * unless 30 s have passed or a change notification told it of a newer sequence; a change made
 * while this client missed the notification stays unseen until the cache expires.
 */
export class GroupAttributesCache {
  private readonly service: Record<string, Record<string, string>> = {};
  private readonly cached = new Map<string, Cached>();
  private calls: number[] = [];

  constructor(private readonly now: () => number) {}

  /** Another client (the teacher's) sets an attribute; `notified` says whether this client heard of it. */
  set(groupId: string, key: string, value: string, notified = true): void {
    this.service[groupId] = { ...this.service[groupId], [key]: value };
    if (notified) this.cached.delete(groupId);
  }

  read(groupId: string, keyList: readonly string[]): Record<string, string> {
    const now = this.now();
    this.calls = this.calls.filter((at) => now - at < WINDOW_MS);
    if (this.calls.length >= CALLS_PER_WINDOW) throw timError(2996, 'getGroupAttributes: over frequency limit');
    this.calls.push(now);
    let cached = this.cached.get(groupId);
    if (!cached || now - cached.fetchedAt >= CACHE_MS) {
      cached = { values: { ...this.service[groupId] }, fetchedAt: now };
      this.cached.set(groupId, cached);
    }
    const values = cached.values;
    const keys = keyList.length ? keyList.filter((key) => key in values) : Object.keys(values);
    return Object.fromEntries(keys.map((key) => [key, values[key]]));
  }
}
