import { reaction } from 'mobx-miniprogram';
import { Clock } from '../../application/ports/PlatformPorts';
import { PageValue, pathUpdates } from './pathUpdates';

export interface DataTarget {
  setData(data: Record<string, unknown>): void;
}

/**
 * WeChat's performance audit flags more than 20 setData calls a second; one call per 100 ms keeps
 * half of that in reserve and still puts a change on screen within a tenth of a second.
 */
export const FLUSH_INTERVAL_MS = 100;

/**
 * One setData path for a page's data, sent as path updates against what was last sent. A change
 * after a quiet spell goes out at once (at the end of the current tick, so one burst of changes is
 * one call); changes in a busy spell ride along with the next flush, one interval after the last.
 * So every change reaches setData within one interval and no two calls are closer than one.
 * While the page is hidden nothing is sent; the latest state goes out in one call when it shows.
 */
export class CoalescedPageData {
  private sent: Record<string, PageValue> = {};
  private pending = false;
  private visible = false;
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private stop: (() => void) | undefined;

  constructor(
    private readonly target: DataTarget,
    private readonly read: () => Record<string, PageValue>,
    private readonly clock: Clock,
    private readonly intervalMs = FLUSH_INTERVAL_MS,
  ) {}

  /** Starts sending: the current state at once, later changes coalesced. */
  show(): void {
    this.visible = true;
    this.stop ??= reaction(this.read, () => this.schedule());
    this.flush();
  }

  hide(): void {
    this.visible = false;
  }

  dispose(): void {
    this.visible = false;
    this.stop?.();
    this.stop = undefined;
  }

  flush(): void {
    if (!this.visible) return;
    const next = this.read();
    const updates: Record<string, unknown> = {};
    for (const key of Object.keys(next)) Object.assign(updates, pathUpdates(key, this.sent[key], next[key]));
    this.sent = next;
    if (Object.keys(updates).length === 0) return;
    this.lastSentAt = this.clock.now();
    this.target.setData(updates);
  }

  private schedule(): void {
    if (this.pending || !this.visible) return;
    this.pending = true;
    const wait = this.lastSentAt + this.intervalMs - this.clock.now();
    const due = wait > 0 ? this.clock.delay(wait) : Promise.resolve();
    void due.then(() => {
      this.pending = false;
      this.flush();
    });
  }
}

/**
 * Reads field functions (the shape createStoreBindings takes) into plain page data, so low-rate
 * fields share the one coalesced setData path with the high-rate ones.
 */
export function readFields<S>(fields: Readonly<Record<string, (subject: S) => PageValue>>, subject: S): Record<string, PageValue> {
  const data: Record<string, PageValue> = {};
  for (const name of Object.keys(fields)) data[name] = fields[name](subject);
  return data;
}
