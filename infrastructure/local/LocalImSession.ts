import { ChatEvent, ImLogin, KickedOfflineReason } from '../../application/ports/ChatPort';
import { SignalWire } from './LocalSignal';
import { PortError } from '../../application/ports/PortError';
import { ConnectionState } from '../../application/ports/Unsubscribe';
import { Listeners } from '../shared/Listeners';
import { LocalClassroomHub } from './LocalClassroomHub';

/** One logged-in messaging client, shared by the chat and class-control adapters as one SDK instance would be. */
export class LocalImSession {
  private currentUser: string | undefined;
  private stopInbox: (() => void) | undefined;
  /** A login overtaken by a later logout (or login) never takes effect, as the service orders them. */
  private requests = 0;
  private readonly groupEvents = new Listeners<{ groupId: string; event: ChatEvent | SignalWire }>();
  private readonly connection = new Listeners<ConnectionState>();
  private readonly kicks = new Listeners<KickedOfflineReason>();

  constructor(private readonly hub: LocalClassroomHub) {
    hub.im.onConnection(({ userId, up }) => {
      if (userId === this.currentUser) this.connection.emit(up ? 'connected' : 'disconnected');
    });
    // A kicked client is told why, then signed out: nothing reaches it until it logs in again.
    hub.im.onKickedOffline(({ userId, reason }) => {
      if (userId !== this.currentUser) return;
      this.kicks.emit(reason);
      void this.logout();
    });
  }

  get userId(): string | undefined {
    return this.currentUser;
  }

  async login(login: ImLogin): Promise<void> {
    const request = ++this.requests;
    await this.hub.call('im', login.userId);
    if (request !== this.requests) throw new PortError('NOT_CONNECTED', 'a later logout overtook this login');
    const expiresAt = localSignatureExpiry(login.userSig, login.userId);
    if (expiresAt === undefined) throw new PortError('AUTH', 'the signature does not match the user');
    if (expiresAt <= this.hub.clock.now()) throw new PortError('AUTH', 'the signature has expired');
    this.stopInbox?.();
    this.currentUser = login.userId;
    this.stopInbox = this.hub.im.inbox(login.userId).add((delivery) => this.groupEvents.emit(delivery));
  }

  async logout(): Promise<void> {
    this.requests++;
    this.stopInbox?.();
    this.stopInbox = undefined;
    this.currentUser = undefined;
  }

  /** One round trip on behalf of the logged-in user; resolves to that user's id. */
  async call(): Promise<string> {
    const userId = this.currentUser;
    if (!userId) throw new PortError('NOT_CONNECTED', 'not logged in to messaging');
    await this.hub.call('im', userId);
    return userId;
  }

  onGroupEvent(listener: (groupId: string, event: ChatEvent | SignalWire) => void): () => void {
    return this.groupEvents.add(({ groupId, event }) => listener(groupId, event));
  }

  onKicked(listener: (reason: KickedOfflineReason) => void): () => void {
    return this.kicks.add(listener);
  }

  onConnection(listener: (state: ConnectionState) => void): () => void {
    return this.connection.add(listener);
  }
}

/** A local signature names its user and, optionally, when it stops being accepted. */
export function localUserSig(userId: string, expiresAt?: number): string {
  return expiresAt === undefined ? `local-sig:${userId}` : `local-sig:${userId}:${expiresAt}`;
}

function localSignatureExpiry(userSig: string, userId: string): number | undefined {
  if (userSig === `local-sig:${userId}`) return Infinity;
  const prefix = `local-sig:${userId}:`;
  if (!userSig.startsWith(prefix)) return undefined;
  const expiresAt = Number(userSig.slice(prefix.length));
  return Number.isFinite(expiresAt) ? expiresAt : undefined;
}
