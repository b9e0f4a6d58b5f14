import { ClassControlEvent, ClassControlPort, ClassState } from '../../application/ports/ClassControlPort';
import { Logger } from '../../application/ports/PlatformPorts';
import { PortError } from '../../application/ports/PortError';
import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { CLASS_STATE_FIELD, decodeClassState } from '../shared/signalling/classStateCodec';
import { decodeSignal } from '../shared/signalling/decodeSignal';
import { encodeSignal } from '../shared/signalling/encodeSignal';
import { SeenIds } from '../shared/signalling/SeenIds';
import { SignalDropLog } from '../shared/signalling/SignalDropLog';
import { Listeners } from '../shared/Listeners';
import { LocalClassroomHub } from './LocalClassroomHub';
import { LocalImSession } from './LocalImSession';

/**
 * The signalling group on the in-process messaging service. It speaks the same wire protocol as
 * the Tencent family (docs/signalling.md), so malformed payloads are dropped alike, and it reads
 * the class state from the group's profile, which only the group's managers may write.
 */
export class LocalClassControl implements ClassControlPort {
  private readonly listeners = new Listeners<ClassControlEvent>();
  private readonly drops: SignalDropLog;
  private readonly seen = new SeenIds();
  private groupId: string | undefined;
  private member: string | undefined;

  constructor(
    private readonly hub: LocalClassroomHub,
    private readonly im: LocalImSession,
    logger: Logger,
  ) {
    this.drops = new SignalDropLog(logger);
    im.onGroupEvent((groupId, event) => {
      if (groupId !== this.groupId || event.type !== 'signal' || !this.seen.firstTime(event.id)) return;
      const decoded = decodeSignal(event);
      if (decoded.ok) this.listeners.emit(decoded.event);
      else if (decoded.reason !== 'foreign') this.drops.dropped(decoded.reason, event.from);
    });
  }

  async join(groupId: string): Promise<void> {
    const userId = await this.im.call();
    this.groupId = groupId;
    this.member = userId;
    this.hub.im.join(groupId, userId);
  }

  /** Leaves as whoever joined, even once logged out: a join that landed after a logout must not stay. */
  async leave(): Promise<void> {
    if (!this.groupId || !this.member) return;
    this.hub.im.leave(this.groupId, this.member);
    this.groupId = undefined;
  }

  async sendHand(raised: boolean): Promise<void> {
    const userId = await this.im.call();
    if (!this.groupId) throw new PortError('NOT_CONNECTED', 'the signalling group has not been joined');
    const { data, extension } = encodeSignal({ type: 'hand', raised });
    this.hub.im.postSignal(this.groupId, { from: userId, data, extension });
  }

  async currentState(): Promise<ClassState | undefined> {
    await this.im.call();
    if (!this.groupId) throw new PortError('NOT_CONNECTED', 'the signalling group has not been joined');
    return decodeClassState(this.hub.im.groupField(this.groupId, CLASS_STATE_FIELD));
  }

  subscribe(listener: (event: ClassControlEvent) => void): Unsubscribe {
    return this.listeners.add(listener);
  }
}
