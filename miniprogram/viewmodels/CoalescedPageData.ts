import { reaction } from 'mobx-miniprogram';
import { Clock } from '../../application/ports/PlatformPorts';
import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { PageValue, pathUpdates } from './pathUpdates';
import { SendBudget } from './SendBudget';

export interface DataTarget {
  setData(data: Record<string, unknown>, callback?: () => void): void;
}

/** Who says a change is the student's own tap (LessonStore): it goes out at once, inside the budget. */
export interface UrgentChanges {
  onUrgent(listener: () => void): Unsubscribe;
}

/**
 * WeChat's performance audit flags more than 20 setData calls a second. One call per 125 ms (8 a
 * second) for what rides the beat (chat, volumes, counts) leaves room, inside 10 a second on
 * average, for what goes out at once: the student's taps and the staff's commands.
 */
export const FLUSH_INTERVAL_MS = 125;
/** Calls in any second, taps included: the 10 a steady 100 ms cadence makes, plus room for two taps. */
export const MAX_CALLS_PER_SECOND = 12;
/**
 * A tap's change arrives in the task of the tap, a few promise hops later: changes count as the
 * tap's until the flush that follows it, and for one frame (16 ms at 60 Hz) at most.
 */
export const URGENT_WINDOW_MS = 16;

/**
 * The one setData path of a page's data, sent as path updates against what was last sent. A change
 * after a quiet spell goes out at once (at the end of the current tick, so one burst of changes is
 * one call); changes in a busy spell ride along with the next flush, one interval after the last.
 * A change marked urgent (the student's own tap) does not wait for the interval: it goes out at the
 * end of the task, carrying whatever else is pending. Every call, urgent or not, counts against
 * MAX_CALLS_PER_SECOND in any second, so a burst of taps waits for the budget rather than breaking it.
 * While the page is hidden nothing is sent, not even data a caller awaits (the media room's
 * attributes): the latest state goes out in one call when it shows, and the callers waiting for
 * it hear then. Before the page first shows, awaited data does go out (the SDK needs the pusher on
 * the page while the lesson is being joined).
 */
export class CoalescedPageData {
  private sent: Record<string, PageValue> = {};
  private dueAt: number | undefined;
  private visible = false;
  private hidden = false;
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private urgentUntil = Number.NEGATIVE_INFINITY;
  private readonly budget = new SendBudget(MAX_CALLS_PER_SECOND, 1000);
  private stop: (() => void) | undefined;
  private stopUrgent: Unsubscribe | undefined;
  private waiting: (() => void)[] = [];
  private disposed = false;

  constructor(
    private readonly target: DataTarget,
    private readonly read: () => Record<string, PageValue>,
    private readonly clock: Clock,
    private readonly intervalMs = FLUSH_INTERVAL_MS,
    urgentChanges?: UrgentChanges,
  ) {
    this.stopUrgent = urgentChanges?.onUrgent(() => this.urgent());
  }

  /** Starts sending: the current state at once, later changes coalesced. */
  show(): void {
    this.visible = true;
    this.hidden = false;
    this.stop ??= reaction(this.read, () => this.schedule());
    this.flush();
  }

  hide(): void {
    this.visible = false;
    this.hidden = true;
  }

  /** The changes of the coming frame are the student's own: send them without waiting for the interval. */
  urgent(): void {
    if (this.disposed) return;
    this.urgentUntil = this.clock.now() + URGENT_WINDOW_MS;
    this.schedule();
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
    this.stopUrgent?.();
    this.stopUrgent = undefined;
    this.release(this.takeWaiting());
  }

  flush(): void {
    this.dueAt = undefined;
    // A tap is shown by the flush that follows it; later changes are not the tap's.
    this.urgentUntil = Number.NEGATIVE_INFINITY;
    if (!this.visible && (this.hidden || this.waiting.length === 0)) return;
    const next = this.read();
    const updates: Record<string, unknown> = {};
    for (const key of Object.keys(next)) Object.assign(updates, pathUpdates(key, this.sent[key], next[key]));
    this.sent = next;
    const waiting = this.takeWaiting();
    if (Object.keys(updates).length === 0) return this.release(waiting);
    this.lastSentAt = this.clock.now();
    this.budget.spend(this.lastSentAt);
    this.target.setData(updates, waiting.length > 0 ? () => this.release(waiting) : undefined);
  }

  /** A flush at the earliest time the cadence (or, for a tap, only the budget) allows; an earlier one replaces a later. */
  private schedule(): void {
    if (this.disposed || (!this.visible && (this.hidden || this.waiting.length === 0))) return;
    const now = this.clock.now();
    const urgent = now <= this.urgentUntil;
    const at = Math.max(now, urgent ? now : this.lastSentAt + this.intervalMs, this.budget.nextFreeAt(now));
    if (this.dueAt !== undefined && this.dueAt <= at) return;
    this.dueAt = at;
    // A tap's own changes come over a few promise hops (its use case, then its outcome): the end of
    // the task, not of the tick, gathers them into one call.
    const due = at > now || urgent ? this.clock.delay(at - now) : Promise.resolve();
    void due.then(() => {
      if (this.dueAt === at) this.flush();
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
