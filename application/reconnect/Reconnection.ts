import { Clock, Logger } from '../ports/PlatformPorts';
import { ConnectionState } from '../ports/Unsubscribe';
import { LessonSession } from '../session/LessonSession';

export type Service = 'im' | 'media';

/** How a service came back: by itself (`resumed`), or only after we logged in or entered again (`rejoined`). */
/**
 * Whether a restore under way is still wanted: `ended` when its lesson ended meanwhile (what it
 * redid must be undone), `superseded` when a new lesson has started since (the rooms are the new
 * lesson's now: leave them alone).
 */
export type RestoreWanted = () => 'yes' | 'ended' | 'superseded';

export type Restore = (how: 'resumed' | 'rejoined', wanted: RestoreWanted) => Promise<void>;

type Health = 'up' | 'reconnecting' | 'down' | 'restoring';

/** Waits between attempts; the last one repeats for as long as the lesson goes on. */
export const BACKOFF_MS: readonly number[] = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000];

/**
 * Brings each service back after it drops, and the lesson with it. While any service is away the
 * student sees 正在重连…; an SDK that gives up is retried with backoff, and a service that returns
 * is restored (rejoined, re-read, republished) before the banner clears.
 */
export class Reconnection {
  private readonly health: Record<Service, Health> = { im: 'up', media: 'up' };
  private readonly attempts: Record<Service, number> = { im: 0, media: 0 };
  private readonly retrying: Record<Service, boolean> = { im: false, media: false };
  private readonly needsRejoin: Record<Service, boolean> = { im: false, media: false };
  private readonly restoredListeners = new Set<(service: Service) => void>();
  private generation = 0;

  constructor(
    private readonly session: LessonSession,
    private readonly restorers: Record<Service, Restore>,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** A new lesson starts with every service up and no retry pending. */
  reset(): void {
    this.generation++;
    for (const service of ['im', 'media'] as const) {
      this.health[service] = 'up';
      this.attempts[service] = 0;
      this.retrying[service] = false;
      this.needsRejoin[service] = false;
    }
  }

  isUp(service: Service): boolean {
    return this.health[service] === 'up';
  }

  onRestored(listener: (service: Service) => void): () => void {
    this.restoredListeners.add(listener);
    return () => this.restoredListeners.delete(listener);
  }

  /** A service's connection as its adapter reports it. */
  report(service: Service, state: ConnectionState): void {
    if (state === 'connected') {
      if (this.health[service] === 'down' || this.health[service] === 'reconnecting') void this.restore(service);
      return;
    }
    this.lost(service, state === 'disconnected' ? 'down' : 'reconnecting');
    if (state === 'disconnected') this.retryLater(service);
  }

  /** The phone is online again: try every service that is down now rather than after the backoff. */
  networkBack(): void {
    for (const service of ['im', 'media'] as const) if (this.health[service] === 'down') void this.restore(service);
  }

  /** Logs in again without the student seeing a banner (a renewed signature); a failure becomes a normal drop. */
  renew(service: Service): void {
    if (this.health[service] !== 'up') return this.report(service, 'disconnected');
    this.needsRejoin[service] = true;
    this.health[service] = 'down';
    void this.restore(service, { quiet: true });
  }

  private lost(service: Service, health: 'down' | 'reconnecting'): void {
    if (health === 'down') this.needsRejoin[service] = true;
    if (this.health[service] === 'down') return;
    this.health[service] = health;
    if (this.session.hasClassroom) this.session.change((classroom) => classroom.connectionLost());
  }

  private async restore(service: Service, options: { quiet?: boolean } = {}): Promise<void> {
    if (!this.lessonGoesOn()) return;
    const generation = this.generation;
    const how = this.needsRejoin[service] ? 'rejoined' : 'resumed';
    this.health[service] = 'restoring';
    try {
      await this.restorers[service](how, () => (generation !== this.generation ? 'superseded' : this.lessonGoesOn() ? 'yes' : 'ended'));
    } catch (error) {
      if (generation !== this.generation || this.health[service] !== 'restoring') return;
      this.logger.warn('reconnect.failed', { service, attempt: this.attempts[service], error: String(error) });
      this.needsRejoin[service] = true;
      // A quiet renewal that fails is a drop like any other, so the student now sees the banner.
      this.health[service] = options.quiet ? 'up' : 'down';
      if (options.quiet) this.lost(service, 'down');
      return this.retryLater(service);
    }
    if (generation !== this.generation || this.health[service] !== 'restoring') return;
    this.health[service] = 'up';
    this.attempts[service] = 0;
    this.needsRejoin[service] = false;
    this.logger.info('reconnect.restored', { service, how });
    if (this.isUp('im') && this.isUp('media') && this.session.hasClassroom) {
      this.session.change((classroom) => classroom.connectionRestored());
    }
    for (const listener of [...this.restoredListeners]) listener(service);
  }

  private retryLater(service: Service): void {
    if (this.retrying[service] || !this.lessonGoesOn()) return;
    this.retrying[service] = true;
    const wait = BACKOFF_MS[Math.min(this.attempts[service], BACKOFF_MS.length - 1)];
    this.attempts[service]++;
    const generation = this.generation;
    void this.clock.delay(wait).then(() => {
      if (generation !== this.generation) return;
      this.retrying[service] = false;
      if (this.health[service] === 'down') void this.restore(service);
    });
  }

  /** A lesson being joined counts: a drop during the join is restored like any other. */
  private lessonGoesOn(): boolean {
    return this.session.hasClassroom && this.session.classroom.takesStaffCommands;
  }
}
