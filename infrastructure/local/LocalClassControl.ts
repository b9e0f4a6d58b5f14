import { ClassControlEvent, ClassControlPort, ClassState } from '../../application/ports/ClassControlPort';
import { Logger } from '../../application/ports/PlatformPorts';
import { PortError } from '../../application/ports/PortError';
import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { CLASS_STATE_KEY, decodeClassState } from '../signalling/classStateAttribute';
import { decodeSignal, SenderRoles } from '../signalling/decodeSignal';
import { encodeSignal } from '../signalling/encodeSignal';
import { SignalDropLog } from '../signalling/SignalDropLog';
import { Listeners } from './Listeners';
import { LocalClassroomHub } from './LocalClassroomHub';
import { LocalImSession } from './LocalImSession';

/**
 * The signalling group on the in-process messaging service. It speaks the same wire protocol as
 * the Tencent family (docs/signalling.md), so malformed and spoofed payloads are judged alike.
 */
export class LocalClassControl implements ClassControlPort {
  private readonly listeners = new Listeners<ClassControlEvent>();
  private readonly drops: SignalDropLog;
  private groupId: string | undefined;
  private roles: SenderRoles = { roleOf: () => 'student' };

  constructor(private readonly hub: LocalClassroomHub, private readonly im: LocalImSession, logger: Logger) {
    this.drops = new SignalDropLog(logger);
    im.onGroupEvent((groupId, event) => {
      if (groupId !== this.groupId || event.type !== 'signal') return;
      const decoded = decodeSignal(event, this.roles);
      if (decoded.ok) this.listeners.emit(decoded.event);
      else if (decoded.reason !== 'foreign') this.drops.dropped(decoded.reason, event.from);
    });
  }

  async join(groupId: string): Promise<void> {
    const userId = await this.im.call();
    this.roles = this.hub.rolesForGroup(groupId);
    this.groupId = groupId;
    this.hub.im.join(groupId, userId);
  }

  async leave(): Promise<void> {
    if (!this.groupId || !this.im.userId) return;
    this.hub.im.leave(this.groupId, this.im.userId);
    this.groupId = undefined;
  }

  async sendHand(raised: boolean): Promise<void> {
    const userId = await this.im.call();
    if (!this.groupId) throw new PortError('NOT_CONNECTED', 'the signalling group has not been joined');
    const { data, extension } = encodeSignal({ type: 'hand', raised });
    this.hub.im.postSignal(this.groupId, { from: userId, data, extension });
  }

  async currentState(): Promise<ClassState> {
    await this.im.call();
    if (!this.groupId) throw new PortError('NOT_CONNECTED', 'the signalling group has not been joined');
    const state = decodeClassState(this.hub.im.attribute(this.groupId, CLASS_STATE_KEY));
    if (!state) throw new PortError('UNKNOWN', 'the class state attribute is unreadable');
    return state;
  }

  subscribe(listener: (event: ClassControlEvent) => void): Unsubscribe {
    return this.listeners.add(listener);
  }
}
