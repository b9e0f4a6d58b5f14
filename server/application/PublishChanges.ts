import { withTimeLeft } from '../../infrastructure/shared/signalling/timeLeftOnSending';
import { ClassDirectory } from './ports/ClassDirectory';
import { ClassChange, ClassStore } from './ports/ClassStore';
import { PublishError, SignalPublisher } from './ports/SignalPublisher';
import { ServerClock, ServerLog } from './ServerClock';

/** Waits between tries while IM cannot be reached; the last repeats until it can. */
export const PUBLISH_RETRY_MS: readonly number[] = [500, 1_000, 2_000, 5_000, 10_000];

const BATCH = 100;

/**
 * Sends stored changes to the signalling group, oldest first, each once. A change stays
 * unpublished until IM took it, so a restart or an IM outage delays it but never loses it; IM
 * drops a second copy with the same `Random` within 5 minutes, so a send whose answer was lost
 * and is sent again arrives once. A refusal that cannot succeed later is logged and skipped:
 * students still reach the state by reading it.
 */
export class PublishChanges {
  private running: Promise<void> | undefined;
  private again = false;
  private failures = 0;
  private retryPending = false;
  private stopped = false;

  constructor(
    private readonly store: ClassStore,
    private readonly directory: ClassDirectory,
    private readonly publisher: SignalPublisher,
    private readonly clock: ServerClock,
    private readonly log: ServerLog,
  ) {}

  /** Publishes what is pending; called after every stored change and at start. */
  kick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const running = this.drain().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        void this.kick();
      }
    });
    this.running = running;
    return running;
  }

  /** At shutdown: nothing more is sent, and a wait for IM ends without touching the store; what is unpublished stays for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.idle();
  }

  /** Resolves once nothing is pending or in flight (tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    while (!this.stopped) {
      const pending = await this.store.unpublished(BATCH);
      if (pending.length === 0) return;
      // One lane per class, in parallel: a class's changes go out in order, one at a time (IM
      // keeps the order it receives them in), and a busy or unreachable class holds up no other.
      const lanes = new Map<string, ClassChange[]>();
      for (const change of pending) lanes.set(change.classId, [...(lanes.get(change.classId) ?? []), change]);
      const done = await Promise.all([...lanes.values()].map((lane) => this.publishLane(lane)));
      if (done.includes(false)) return this.retryLater();
      this.failures = 0;
    }
  }

  /** False when IM could not take one now: it and the rest of its class wait, in order. */
  private async publishLane(lane: readonly ClassChange[]): Promise<boolean> {
    for (const change of lane) {
      if (this.stopped) return true;
      if (!(await this.publishOne(change))) return false;
    }
    return true;
  }

  /** False when IM could not take it now. */
  private async publishOne(change: ClassChange): Promise<boolean> {
    const entry = this.directory.find(change.classId);
    try {
      if (entry) {
        await this.publisher.publish({
          groupId: entry.signalGroupId,
          senderId: change.senderId,
          data: withTimeLeft(change.data, this.clock.now()),
          description: change.kind === 'hand' ? 'hand' : ((JSON.parse(change.data) as { type?: string }).type ?? 'command'),
          // Past 40 a second a live group drops the lowest priority first: hands go before commands.
          priority: change.kind === 'hand' ? 'Low' : 'High',
          dedupeKey: dedupeKeyOf(change),
        });
      }
    } catch (error) {
      if (error instanceof PublishError && !error.retryable) {
        this.log.warn('publish.refused', { classId: change.classId, rev: change.rev, code: error.code });
      } else {
        this.log.warn('publish.failed', { classId: change.classId, rev: change.rev, error: String(error) });
        return false;
      }
    }
    await this.store.markPublished(change.classId, change.rev);
    return true;
  }

  private retryLater(): void {
    if (this.retryPending) return;
    this.retryPending = true;
    const wait = PUBLISH_RETRY_MS[Math.min(this.failures++, PUBLISH_RETRY_MS.length - 1)];
    void this.clock.delay(wait).then(() => {
      this.retryPending = false;
      void this.kick();
    });
  }
}

/** IM's `Random` (a 32-bit unsigned number): the same change always gives the same one. */
export function dedupeKeyOf(change: Pick<ClassChange, 'classId' | 'rev'>): number {
  let hash = 0x811c9dc5;
  const text = `${change.classId}#${change.rev}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
