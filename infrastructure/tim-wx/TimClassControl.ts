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
import { TimMessage } from './TimSdk';
import { TimSession } from './TimSession';

/**
 * The signalling group on Tencent IM. It decodes shape, size and version, drops a message it has
 * seen before, and passes on the sender as the IM service stamped it; whether that sender may
 * command is the classroom's to judge.
 */
export class TimClassControl implements ClassControlPort {
  private readonly listeners = new Listeners<ClassControlEvent>();
  private readonly drops: SignalDropLog;
  private readonly seen = new SeenIds();
  private groupId: string | undefined;
  private classId: string | undefined;

  constructor(
    private readonly session: TimSession,
    private readonly school: ClassStateServer,
    logger: Logger,
  ) {
    this.drops = new SignalDropLog(logger);
    session.onMessage((message) => this.receive(message));
  }

  async join(classId: string, groupId: string): Promise<void> {
    // The school server answers for the class even when IM refuses me its group.
    this.classId = classId;
    await this.session.joinGroup(groupId);
    this.groupId = groupId;
  }

  async leave(): Promise<void> {
    const groupId = this.groupId;
    this.groupId = undefined;
    this.classId = undefined;
    if (groupId) await this.session.quitGroup(groupId);
  }

  /** The hand goes to the school server, which queues it and publishes it to the group as mine. */
  async sendHand(raised: boolean): Promise<void> {
    if (!this.classId || !this.groupId) throw new PortError('NOT_CONNECTED', 'the signalling group has not been joined');
    await this.school.hand(this.classId, raised);
  }

  async sendReply(reply: ToolReply): Promise<void> {
    if (!this.classId) throw new PortError('NOT_CONNECTED', 'the signalling group has not been joined');
    await this.school.reply(this.classId, reply);
  }

  /** The school server keeps the class state (ADR 0008); the group carries only what it published. */
  async currentState(): Promise<ClassState | undefined> {
    if (!this.classId) throw new PortError('NOT_CONNECTED', 'the signalling group has not been joined');
    return this.school.read(this.classId);
  }

  subscribe(listener: (event: ClassControlEvent) => void): Unsubscribe {
    return this.listeners.add(listener);
  }

  /** Drop counts per reason, for diagnostics. */
  get dropLog(): SignalDropLog {
    return this.drops;
  }

  private receive(message: TimMessage): void {
    const types = this.session.types;
    if (!this.groupId || message.to !== this.groupId || message.conversationType !== types.CONV_GROUP) return;
    if (message.type !== types.MSG_CUSTOM || !this.seen.firstTime(message.ID)) return;
    const decoded = decodeSignal({ from: message.from, data: message.payload.data, extension: message.payload.extension });
    if (decoded.ok) this.listeners.emit(decoded.event);
    else if (decoded.reason !== 'foreign') this.drops.dropped(decoded.reason, message.from);
  }
}
