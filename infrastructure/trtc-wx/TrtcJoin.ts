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

  /**
   * The <live-pusher> codes that mean the room was not entered. trtc-wx 1.1.15 emits ERROR only
   * for -100018, -3301 and -1307; the server's other refusals (-100013 service suspended, the
   * rest of the -100xxx family) reach the page as raw statechange codes and nothing else.
   * Codes from Tencent's TRTC error table (cloud.tencent.com/document/product/647/39168).
   * Others (a camera that will not open) are reported as events and leave the entry running.
   */
  static entryFailure(code: number, message: string): PortError | undefined {
    if (code === -100018) return new PortError('AUTH', `the media room refused the signature: ${message}`);
    if (code === -100013) return new PortError('SUSPENDED', `the media service is suspended for this account: ${message}`);
    if (code === -3301 || code === -3308 || code === -1307) return new PortError('NETWORK', `the media room could not be entered (${code}): ${message}`);
    if (code <= -100000) return new PortError('REJECTED', `the media room refused the entry (${code}): ${message}`);
    return undefined;
  }
}
