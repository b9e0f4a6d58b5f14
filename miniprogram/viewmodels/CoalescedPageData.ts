import { reaction } from 'mobx-miniprogram';
import { Clock } from '../../application/ports/PlatformPorts';
import { PageValue, pathUpdates } from './pathUpdates';

export interface DataTarget {
  setData(data: Record<string, unknown>): void;
}

/**
 * Sends high-rate page data (speaking levels, network, lists) at most once per interval, as path
 * updates against what was last sent. While the page is hidden nothing is sent; the latest state
 * goes out in one call when it shows again.
 */
export class CoalescedPageData {
  private sent: Record<string, PageValue> = {};
  private scheduled = false;
  private visible = false;
  private stop: (() => void) | undefined;

  constructor(
    private readonly target: DataTarget,
    private readonly read: () => Record<string, PageValue>,
    private readonly clock: Clock,
    private readonly intervalMs = 200,
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
    let updates: Record<string, unknown> = {};
    for (const key of Object.keys(next)) updates = { ...updates, ...pathUpdates(key, this.sent[key], next[key]) };
    this.sent = next;
    if (Object.keys(updates).length > 0) this.target.setData(updates);
  }

  private schedule(): void {
    if (this.scheduled || !this.visible) return;
    this.scheduled = true;
    void this.clock.delay(this.intervalMs).then(() => {
      this.scheduled = false;
      this.flush();
    });
  }
}
