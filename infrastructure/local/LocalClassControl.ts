import { ClassControlEvent, ClassControlPort, ClassState } from '../../application/ports/ClassControlPort';
import { ToolReply } from '../../application/ports/ToolReply';
import { Logger } from '../../application/ports/PlatformPorts';
import { PortError } from '../../application/ports/PortError';
import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { ClassStateServer } from '../shared/classstate/ClassStateServer';
import { decodeSignal } from '../shared/signalling/decodeSignal';
import { SeenIds } from '../shared/signalling/SeenIds';
import { SignalDropLog } from '../shared/signalling/SignalDropLog';
import { Listeners } from '../shared/Listeners';
import { LocalClassroomHub } from './LocalClassroomHub';
import { LocalImSession } from './LocalImSession';

/**
 * The signalling group on the in-process messaging service. It speaks the same wire protocol as
 * the Tencent family (docs/signalling.md), so malformed payloads are dropped alike; the class
 * state and the student's hand go to the school server, which publishes to the group.
 */
export class LocalClassControl implements ClassControlPort {
  private readonly listeners = new Listeners<ClassControlEvent>();
  private readonly drops: SignalDropLog;
  private readonly seen = new SeenIds();
  private groupId: string | undefined;
  private classId: string | undefined;
  private member: string | undefined;

  constructor(
    private readonly hub: LocalClassroomHub,
    private readonly im: LocalImSession,
    private readonly school: ClassStateServer,
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

  async join(classId: string, groupId: string): Promise<void> {
    const userId = await this.im.call();
    // The school server answers for the class even when IM refuses me its group.
    this.classId = classId;
    if (!this.hub.im.join(groupId, userId)) throw new PortError('REJECTED', `${userId} is banned from ${groupId}`);
    this.groupId = groupId;
    this.member = userId;
  }

  /** Leaves as whoever joined, even once logged out: a join that landed after a logout must not stay. */
  async leave(): Promise<void> {
    this.classId = undefined;
    if (!this.groupId || !this.member) return;
    this.hub.im.leave(this.groupId, this.member);
    this.groupId = undefined;
  }

  async sendHand(raised: boolean): Promise<void> {
    if (!this.classId || !this.groupId) throw new PortError('NOT_CONNECTED', 'the signalling group has not been joined');
    await this.school.hand(this.classId, raised);
  }

  async sendReply(reply: ToolReply): Promise<void> {
    if (!this.classId) throw new PortError('NOT_CONNECTED', 'the signalling group has not been joined');
    await this.school.reply(this.classId, reply);
  }

  async currentState(): Promise<ClassState | undefined> {
    if (!this.classId) throw new PortError('NOT_CONNECTED', 'the signalling group has not been joined');
    return this.school.read(this.classId);
  }

  subscribe(listener: (event: ClassControlEvent) => void): Unsubscribe {
    return this.listeners.add(listener);
  }
}
