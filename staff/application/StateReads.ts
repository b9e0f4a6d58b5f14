import { ClassCopy } from './ClassCopy';
import { StaffClock, StaffServer } from './ports';
import { StaffError } from './StaffError';

/** A read that met a dead network is tried again after these waits, then every 30 s. */
const RETRY_MS: readonly number[] = [1_000, 2_000, 4_000, 8_000, 16_000];
export const READ_EVERY_MS = 30_000;

/**
 * When the kit reads the class back from the server: at start (a reload), after IM came back,
 * when a heard number skips one, and every 30 s, so that a message IM lost is made good. One
 * read at a time; asking during one makes one more after it.
 */
export class StateReads {
  private running: Promise<void> | undefined;
  private again = false;
  private failures = 0;
  private cancelTimer: (() => void) | undefined;
  private stopped = false;

  constructor(
    private readonly server: StaffServer,
    private readonly copy: ClassCopy,
    private readonly clock: StaffClock,
    private readonly changed: () => void,
    private readonly failed: (error: StaffError) => void,
  ) {}

  /** Reads now; resolves once the copy holds a read at least as new as this moment's. */
  read(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.once().finally(() => {
      this.running = undefined;
      if (this.again && !this.stopped) {
        this.again = false;
        void this.read();
      }
    });
    return this.running;
  }

  stop(): void {
    this.stopped = true;
    this.cancelTimer?.();
  }

  private async once(): Promise<void> {
    this.cancelTimer?.();
    try {
      const raw = await this.server.state(this.copy.readSince);
      this.failures = 0;
      if (this.copy.take(raw, this.clock.now())) this.changed();
    } catch (error) {
      this.failures++;
      this.failed(error instanceof StaffError ? error : new StaffError('UNKNOWN', String(error)));
    }
    if (this.stopped || this.copy.state.ended) return;
    const wait = this.failures > 0 ? (RETRY_MS[this.failures - 1] ?? READ_EVERY_MS) : READ_EVERY_MS;
    this.cancelTimer = this.clock.after(wait, () => void this.read());
  }
}
