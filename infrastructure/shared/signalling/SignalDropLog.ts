import { Logger } from '../../../application/ports/PlatformPorts';
import { DropReason } from './SignalProtocol';

/**
 * Reports dropped signals once per reason: a classmate flooding the group with junk must not
 * flood the log too. The counts stay readable for diagnostics.
 */
export class SignalDropLog {
  private readonly counts = new Map<DropReason, number>();

  constructor(private readonly logger: Logger) {}

  dropped(reason: DropReason, from: string): void {
    const count = (this.counts.get(reason) ?? 0) + 1;
    this.counts.set(reason, count);
    if (count === 1) this.logger.warn('signal.dropped', { reason, from });
  }

  count(reason: DropReason): number {
    return this.counts.get(reason) ?? 0;
  }
}
