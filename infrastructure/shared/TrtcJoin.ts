import { Clock } from '../../application/ports/PlatformPorts';
import { PortError } from '../../application/ports/PortError';

/** How long entering may take before the join gives up (the pusher reports 1018 within seconds). */
const JOIN_TIMEOUT_MS = 15_000;

/** One room entry in flight: settled by LOCAL_JOIN, an SDK error, leaving, or the timeout. */
export class TrtcJoin {
  readonly done: Promise<void>;
  private settle: ((error?: PortError) => void) | undefined;

  constructor(clock: Clock) {
    this.done = new Promise<void>((resolve, reject) => {
      this.settle = (error) => {
        this.settle = undefined;
        if (error) reject(error);
        else resolve();
      };
    });
    void clock.delay(JOIN_TIMEOUT_MS).then(() => this.fail(new PortError('TIMEOUT', 'the media room did not answer')));
  }

  succeed(): void {
    this.settle?.();
  }

  /** Fails the entry if it is still in flight; says whether it was. */
  fail(error: PortError): boolean {
    if (!this.settle) return false;
    this.settle(error);
    return true;
  }
}
