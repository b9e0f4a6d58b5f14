import { ClassroomBackendPort, Credentials } from '../../../application/ports/ClassroomBackendPort';
import { Clock, Logger } from '../../../application/ports/PlatformPorts';

/** Renew this long before expiry, so a slow network still has time. */
const RENEW_BEFORE_MS = 10 * 60 * 1000;
const RETRY_AFTER_MS = 30 * 1000;

/**
 * Keeps a UserSig fresh through a long lesson: fetches new credentials before the old ones
 * expire and hands them to `onRenewed`; a failed fetch is retried until one succeeds or it stops.
 */
export class UserSigRenewal {
  private generation = 0;
  private current: Credentials | undefined;

  constructor(
    private readonly backend: ClassroomBackendPort,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  get credentials(): Credentials | undefined {
    return this.current;
  }

  start(classId: string, credentials: Credentials, onRenewed: (credentials: Credentials) => void): void {
    const generation = ++this.generation;
    this.current = credentials;
    void this.renewLater(generation, classId, Math.max(0, credentials.expiresAt - RENEW_BEFORE_MS - this.clock.now()), onRenewed);
  }

  stop(): void {
    this.generation++;
  }

  private async renewLater(
    generation: number,
    classId: string,
    waitMs: number,
    onRenewed: (credentials: Credentials) => void,
  ): Promise<void> {
    await this.clock.delay(waitMs);
    if (generation !== this.generation) return;
    let fresh: Credentials;
    try {
      fresh = await this.backend.credentials(classId);
    } catch (error) {
      this.logger.warn('usersig.renew_failed', { classId, error: String(error) });
      return this.renewLater(generation, classId, RETRY_AFTER_MS, onRenewed);
    }
    if (generation !== this.generation) return;
    this.current = fresh;
    this.logger.info('usersig.renewed', { classId, expiresAt: fresh.expiresAt });
    onRenewed(fresh);
    return this.renewLater(generation, classId, Math.max(RETRY_AFTER_MS, fresh.expiresAt - RENEW_BEFORE_MS - this.clock.now()), onRenewed);
  }
}
