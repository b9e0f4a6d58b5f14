import { ImLogin } from '../ports/ChatPort';
import { ClassInfo, ClassroomBackendPort, Credentials } from '../ports/ClassroomBackendPort';
import { MediaTicket } from '../ports/MediaRoomPort';
import { Clock } from '../ports/PlatformPorts';
import { PortError } from '../ports/PortError';

/** Renew a little before the stated expiry, so a login never races the deadline. */
const RENEW_MARGIN_MS = 60_000;

/**
 * What the lesson was joined with, kept for coming back: the class and the signature. A
 * signature the service refused, or one about to expire, is replaced by the backend's next one.
 */
export class LessonTickets {
  private joined: { info: ClassInfo; credentials: Credentials } | undefined;
  private refused = false;

  constructor(
    private readonly backend: ClassroomBackendPort,
    private readonly clock: Clock,
  ) {}

  set(info: ClassInfo, credentials: Credentials): void {
    this.joined = { info, credentials };
    this.refused = false;
  }

  clear(): void {
    this.joined = undefined;
  }

  get info(): ClassInfo {
    return this.current().info;
  }

  /** The service said the signature expired; the next login fetches a new one. */
  signatureRefused(): void {
    this.refused = true;
  }

  async imLogin(): Promise<ImLogin> {
    const { sdkAppId, userId, userSig } = await this.fresh();
    return { sdkAppId, userId, userSig };
  }

  async mediaTicket(): Promise<MediaTicket> {
    const { sdkAppId, userId, userSig } = await this.fresh();
    return { sdkAppId, userId, userSig, roomId: this.info.roomId, scene: this.info.mediaScene };
  }

  private async fresh(): Promise<Credentials> {
    const joined = this.current();
    if (!this.refused && joined.credentials.expiresAt - RENEW_MARGIN_MS > this.clock.now()) return joined.credentials;
    const credentials = await this.backend.credentials(joined.info.classId);
    if (credentials.userId !== joined.credentials.userId) throw new PortError('AUTH', 'the backend renewed a different user');
    if (this.joined === joined) this.joined = { info: joined.info, credentials };
    this.refused = false;
    return credentials;
  }

  private current(): { info: ClassInfo; credentials: Credentials } {
    if (!this.joined) throw new PortError('NOT_CONNECTED', 'no lesson has been joined');
    return this.joined;
  }
}
