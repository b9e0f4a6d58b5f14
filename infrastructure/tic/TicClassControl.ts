import { ClassControlEvent, ClassControlPort, ClassState } from '../../application/ports/ClassControlPort';
import { Logger } from '../../application/ports/PlatformPorts';
import { PortError } from '../../application/ports/PortError';
import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { Listeners } from '../shared/Listeners';
import { CLASS_STATE_FIELD, decodeClassState } from '../shared/signalling/classStateCodec';
import { decodeSignal } from '../shared/signalling/decodeSignal';
import { encodeSignal } from '../shared/signalling/encodeSignal';
import { SignalDropLog } from '../shared/signalling/SignalDropLog';
import { SIGNAL_EXTENSION } from '../shared/signalling/SignalProtocol';
import { timError } from '../shared/timError';
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

  constructor(
    private readonly session: TicSession,
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

  async join(groupId: string): Promise<void> {
    await this.session.join(groupId, 'control');
    this.groupId = groupId;
  }

  async leave(): Promise<void> {
    if (!this.groupId) return;
    this.groupId = undefined;
    await this.session.leave('control');
  }

  async sendHand(raised: boolean): Promise<void> {
    if (!this.groupId) throw new PortError('NOT_CONNECTED', 'the signalling group has not been joined');
    await this.session.sendGroupCustom(encodeSignal({ type: 'hand', raised }).data);
  }

  /**
   * Reads the class state from the classroom group's profile through the IM instance TIC hands
   * out (TIC's facade has no profile call). TIC's classroom is a Public group the teacher created,
   * so only the teacher and the group's admins can change its profile.
   */
  async currentState(): Promise<ClassState | undefined> {
    const groupId = this.groupId && this.session.classroomGroupId;
    if (!groupId) throw new PortError('NOT_CONNECTED', 'the signalling group has not been joined');
    const im = this.session.im();
    if (!im || typeof im.getGroupProfile !== 'function') {
      throw new PortError('UNSUPPORTED', "TIC's IM instance cannot read the group's profile");
    }
    let raw: unknown;
    try {
      const response = await im.getGroupProfile({ groupID: groupId, groupCustomFieldFilter: [CLASS_STATE_FIELD] });
      raw = response?.data?.group?.groupCustomField?.find((field) => field.key === CLASS_STATE_FIELD)?.value;
    } catch (error) {
      throw timError(error, `getGroupProfile ${groupId}`);
    }
    return decodeClassState(raw);
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
