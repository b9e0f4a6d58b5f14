import { Logger } from '../ports/PlatformPorts';

/**
 * Input refused at the application's door (flooding, an unsafe picture): logged the first time
 * each kind is seen, so a hostile sender cannot flood the log either; every drop is counted.
 */
export class InputDropLog {
  private readonly counts = new Map<string, number>();

  constructor(private readonly logger: Logger) {}

  dropped(kind: string, detail: Record<string, unknown>): void {
    const count = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, count);
    if (count === 1) this.logger.warn('input.dropped', { kind, ...detail });
  }

  count(kind: string): number {
    return this.counts.get(kind) ?? 0;
  }
}
