import { ClassControlEvent, ClassControlPort, ClassState } from '../../application/ports/ClassControlPort';
import { PersonInfo } from '../../application/ports/ClassroomBackendPort';
import { Logger } from '../../application/ports/PlatformPorts';
import { PortError } from '../../application/ports/PortError';
import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { Listeners } from '../local/Listeners';
import { CLASS_STATE_KEY, decodeClassState } from '../signalling/classStateAttribute';
import { decodeSignal, SenderRoles } from '../signalling/decodeSignal';
import { NO_STAFF, staffRoles } from '../signalling/staffRoles';
import { encodeSignal } from '../signalling/encodeSignal';
import { SignalDropLog } from '../signalling/SignalDropLog';
import { SIGNAL_EXTENSION } from '../signalling/SignalProtocol';
import { timError } from '../tim-wx/timError';
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
  private roster: SenderRoles = NO_STAFF;
  private teacherId: string | undefined;
  private groupId: string | undefined;

  constructor(private readonly session: TicSession, logger: Logger) {
    this.drops = new SignalDropLog(logger);
    session.listeners.groupCustom.add(({ from, data }) => this.receive(from, data));
    session.listeners.classroomDestroyed.add(() => this.classroomDestroyed());
  }

  setStaff(staff: { readonly teacher: PersonInfo; readonly assistants: readonly PersonInfo[] }): void {
    this.roster = staffRoles(staff);
    this.teacherId = staff.teacher.userId;
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

  /** Reads `lesson.state` through the IM instance TIC hands out: TIC's facade has no attribute call. */
  async currentState(): Promise<ClassState> {
    const groupId = this.groupId && this.session.classroomGroupId;
    if (!groupId) throw new PortError('NOT_CONNECTED', 'the signalling group has not been joined');
    const im = this.session.im();
    if (!im || typeof im.getGroupAttributes !== 'function') {
      throw new PortError('UNSUPPORTED', "TIC's IM instance cannot read group attributes (it needs tim-wx-sdk 2.14 or later)");
    }
    let raw: unknown;
    try {
      const response = await im.getGroupAttributes({ groupID: groupId, keyList: [CLASS_STATE_KEY] });
      raw = response?.data?.groupAttributes?.[CLASS_STATE_KEY];
    } catch (error) {
      throw timError(error, `getGroupAttributes ${groupId}`);
    }
    const state = decodeClassState(raw);
    if (!state) throw new PortError('UNKNOWN', 'the class state attribute is unreadable');
    return state;
  }

  subscribe(listener: (event: ClassControlEvent) => void): Unsubscribe {
    return this.listeners.add(listener);
  }

  get dropLog(): SignalDropLog {
    return this.drops;
  }

  private receive(from: string, data: string): void {
    if (!this.groupId) return;
    const decoded = decodeSignal({ from, data, extension: SIGNAL_EXTENSION }, this.roster);
    if (decoded.ok) this.listeners.emit(decoded.event);
    else if (decoded.reason !== 'foreign') this.drops.dropped(decoded.reason, from);
  }

  /** Only the classroom's creator can destroy it: for the students the class has ended. */
  private classroomDestroyed(): void {
    if (!this.groupId || !this.teacherId) return;
    this.listeners.emit({ type: 'command', senderId: this.teacherId, command: { type: 'endClass' } });
  }
}
