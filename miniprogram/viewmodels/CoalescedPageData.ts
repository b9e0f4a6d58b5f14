import { reaction } from 'mobx-miniprogram';
import { Clock } from '../../application/ports/PlatformPorts';
import { PageValue, pathUpdates } from './pathUpdates';

export interface DataTarget {
  setData(data: Record<string, unknown>, callback?: () => void): void;
}

/**
 * WeChat's performance audit flags more than 20 setData calls a second; one call per 100 ms keeps
 * half of that in reserve and still puts a change on screen within a tenth of a second.
 */
export const FLUSH_INTERVAL_MS = 100;

/**
 * The one setData path of a page's data, sent as path updates against what was last sent. A change
 * after a quiet spell goes out at once (at the end of the current tick, so one burst of changes is
 * one call); changes in a busy spell ride along with the next flush, one interval after the last.
 * So every change reaches setData within one interval and no two calls are closer than one.
 * While the page is hidden nothing is sent and the latest state goes out in one call when it shows,
 * with one exception: data a caller awaits (the media room's pusher url, which the SDK needs on
 * the page before the pusher starts) still goes out, inside the same budget.
 */
export class CoalescedPageData {
  private sent: Record<string, PageValue> = {};
  private pending = false;
  private visible = false;
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private stop: (() => void) | undefined;
  private waiting: (() => void)[] = [];
  private disposed = false;

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

  /** Something `read` sees changed outside MobX; resolves once the setData that carried it was applied. */
  publish(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.schedule();
    });
  }

  dispose(): void {
    this.visible = false;
    this.disposed = true;
    this.stop?.();
    this.stop = undefined;
    this.release(this.takeWaiting());
  }

  flush(): void {
    if (!this.visible && this.waiting.length === 0) return;
    const next = this.read();
    const updates: Record<string, unknown> = {};
    for (const key of Object.keys(next)) Object.assign(updates, pathUpdates(key, this.sent[key], next[key]));
    this.sent = next;
    const waiting = this.takeWaiting();
    if (Object.keys(updates).length === 0) return this.release(waiting);
    this.lastSentAt = this.clock.now();
    this.target.setData(updates, waiting.length > 0 ? () => this.release(waiting) : undefined);
  }

  private schedule(): void {
    if (this.pending || this.disposed || (!this.visible && this.waiting.length === 0)) return;
    this.pending = true;
    const wait = this.lastSentAt + this.intervalMs - this.clock.now();
    const due = wait > 0 ? this.clock.delay(wait) : Promise.resolve();
    void due.then(() => {
      this.pending = false;
      this.flush();
    });
  }

  private takeWaiting(): (() => void)[] {
    const waiting = this.waiting;
    this.waiting = [];
    return waiting;
  }

  private release(waiting: readonly (() => void)[]): void {
    for (const resolve of waiting) resolve();
  }
}
