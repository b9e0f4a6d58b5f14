import { ClassControlEvent, ClassControlPort, ClassState } from '../../application/ports/ClassControlPort';
import { ToolReply } from '../../application/ports/ToolReply';
import { Logger } from '../../application/ports/PlatformPorts';
import { PortError } from '../../application/ports/PortError';
import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { Listeners } from '../shared/Listeners';
import { ClassStateServer } from '../shared/classstate/ClassStateServer';
import { decodeSignal } from '../shared/signalling/decodeSignal';
import { SignalDropLog } from '../shared/signalling/SignalDropLog';
import { SIGNAL_EXTENSION } from '../shared/signalling/SignalProtocol';
import { TicSession } from './TicSession';

/**
 * Lesson signalling (docs/signalling.md) over TIC's group custom messages. TIC's custom message
 * is one `data` string with no extension field, and TIC keeps its board's own messages out of
 * this callback, so every custom message that reaches it is judged as a signal by the shared
 * decoder; `from` is the sender as IM stamped it.
 */
export class TicClassControl implements ClassControlPort {
  private readonly listeners = new Listeners<ClassControlEvent>();
  private readonly drops: SignalDropLog;
  private teacherId: string | undefined;
  private groupId: string | undefined;
  private classId: string | undefined;

  constructor(
    private readonly session: TicSession,
    private readonly school: ClassStateServer,
    logger: Logger,
  ) {
    this.drops = new SignalDropLog(logger);
    session.listeners.groupCustom.add(({ from, data }) => this.receive(from, data));
    session.listeners.classroomDestroyed.add(() => this.classroomDestroyed());
  }

  /** The classroom's creator: a destroyed classroom is the class ending, as the teacher's act. */
  setTeacher(teacherId: string): void {
    this.teacherId = teacherId;
  }

  async join(classId: string, groupId: string): Promise<void> {
    this.classId = classId;
    await this.session.join(groupId, 'control');
    this.groupId = groupId;
  }

  async leave(): Promise<void> {
    this.classId = undefined;
    if (!this.groupId) return;
    this.groupId = undefined;
    await this.session.leave('control');
  }

  /** The hand goes to the school server, which queues it and publishes it to the classroom group. */
  async sendHand(raised: boolean): Promise<void> {
    if (!this.classId || !this.groupId) throw new PortError('NOT_CONNECTED', 'the signalling group has not been joined');
    await this.school.hand(this.classId, raised);
  }

  async sendReply(reply: ToolReply): Promise<void> {
    if (!this.classId) throw new PortError('NOT_CONNECTED', 'the signalling group has not been joined');
    await this.school.reply(this.classId, reply);
  }

  /** The school server keeps the class state (ADR 0008), which WebIM v1's missing profile calls do not matter to. */
  async currentState(): Promise<ClassState | undefined> {
    if (!this.classId) throw new PortError('NOT_CONNECTED', 'the signalling group has not been joined');
    return this.school.read(this.classId);
  }

  subscribe(listener: (event: ClassControlEvent) => void): Unsubscribe {
    return this.listeners.add(listener);
  }

  get dropLog(): SignalDropLog {
    return this.drops;
  }

  private receive(from: string, data: string): void {
    if (!this.groupId) return;
    const decoded = decodeSignal({ from, data, extension: SIGNAL_EXTENSION });
    if (decoded.ok) this.listeners.emit(decoded.event);
    else if (decoded.reason !== 'foreign') this.drops.dropped(decoded.reason, from);
  }

  /**
   * Only the classroom's creator can destroy it: for the students the class has ended, whatever
   * number the staff reached, so it takes the last number there is.
   */
  private classroomDestroyed(): void {
    if (!this.groupId || !this.teacherId) return;
    this.listeners.emit({ type: 'command', senderId: this.teacherId, seq: Number.MAX_SAFE_INTEGER, command: { type: 'endClass' } });
  }
}
