import { Clock, Logger } from '../ports/PlatformPorts';
import { BACKOFF_MS } from '../reconnect/Reconnection';

/** The staff write their state just after their command; a read in between comes back older, so it is read again a few times. */
export const STALE_READ_RETRY_MS: readonly number[] = [1_000, 2_000, 4_000, 8_000];

/**
 * When to read the class state again: after a read that failed (a timeout, a refused request
 * while messaging stays connected), with backoff for as long as the lesson goes on; after a read
 * older than the commands already taken in, a few times. One read is pending at most.
 */
export class ReadAgain {
  private failures = 0;
  private staleReads = 0;
  private pending = false;
  private generation = 0;

  constructor(
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly goesOn: () => boolean,
    private readonly read: () => void,
  ) {}

  reset(): void {
    this.generation++;
    this.failures = 0;
    this.staleReads = 0;
    this.pending = false;
  }

  succeeded(): void {
    this.failures = 0;
    this.staleReads = 0;
  }

  failed(): void {
    // The same waits as a service that drops: the last repeats while the lesson goes on.
    this.later(BACKOFF_MS[Math.min(this.failures++, BACKOFF_MS.length - 1)]);
  }

  /** False once the tries are used up: the caller goes on without the state. */
  stale(seq: number): boolean {
    const wait = STALE_READ_RETRY_MS[this.staleReads++];
    this.logger.info('class_state.stale_read', { seq, retryInMs: wait ?? null });
    if (wait !== undefined) this.later(wait);
    return wait !== undefined;
  }

  private later(wait: number): void {
    if (this.pending || !this.goesOn()) return;
    this.pending = true;
    const generation = this.generation;
    void this.clock.delay(wait).then(() => {
      if (generation !== this.generation) return;
      this.pending = false;
      if (this.goesOn()) this.read();
    });
  }
}
