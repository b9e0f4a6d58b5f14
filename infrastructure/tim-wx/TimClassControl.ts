import { ClassControlEvent, ClassControlPort, ClassState } from '../../application/ports/ClassControlPort';
import { PersonInfo } from '../../application/ports/ClassroomBackendPort';
import { Logger } from '../../application/ports/PlatformPorts';
import { PortError } from '../../application/ports/PortError';
import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { CLASS_STATE_KEY, decodeClassState } from '../signalling/classStateAttribute';
import { decodeSignal, SenderRoles } from '../signalling/decodeSignal';
import { NO_STAFF, staffRoles } from '../signalling/staffRoles';
import { encodeSignal } from '../signalling/encodeSignal';
import { SignalDropLog } from '../signalling/SignalDropLog';
import { Listeners } from '../local/Listeners';
import { TimMessage } from './TimSdk';
import { TimSession } from './TimSession';

/**
 * The signalling group on Tencent IM. Commands are accepted only from the staff the class
 * info names, judged by the message's `from` as the IM service stamped it.
 */
export class TimClassControl implements ClassControlPort {
  private readonly listeners = new Listeners<ClassControlEvent>();
  private readonly drops: SignalDropLog;
  private roster: SenderRoles = NO_STAFF;
  private groupId: string | undefined;

  constructor(private readonly session: TimSession, logger: Logger) {
    this.drops = new SignalDropLog(logger);
    session.onMessage((message) => this.receive(message));
  }

  /** Called with the class info before the group is joined (see RosterSharingBackend). */
  setStaff(staff: { readonly teacher: PersonInfo; readonly assistants: readonly PersonInfo[] }): void {
    this.roster = staffRoles(staff);
  }

  async join(groupId: string): Promise<void> {
    await this.session.joinGroup(groupId);
    this.groupId = groupId;
  }

  async leave(): Promise<void> {
    const groupId = this.groupId;
    this.groupId = undefined;
    if (groupId) await this.session.quitGroup(groupId);
  }

  async sendHand(raised: boolean): Promise<void> {
    const to = this.groupId;
    if (!to) throw new PortError('NOT_CONNECTED', 'the signalling group has not been joined');
    const TYPES = this.session.types;
    await this.session.send((tim) =>
      tim.createCustomMessage({
        to,
        conversationType: TYPES.CONV_GROUP as string,
        payload: { ...encodeSignal({ type: 'hand', raised }) },
        // High priority is the last to be dropped when a group passes 40 messages a second.
        priority: TYPES.MSG_PRIORITY_HIGH as string,
      }),
    );
  }

  /** The teacher's client keeps the class state in the signalling group's `lesson.state` attribute. */
  async currentState(): Promise<ClassState> {
    const groupId = this.groupId;
    if (!groupId) throw new PortError('NOT_CONNECTED', 'the signalling group has not been joined');
    const state = decodeClassState(await this.session.groupAttribute(groupId, CLASS_STATE_KEY));
    if (!state) throw new PortError('UNKNOWN', 'the class state attribute is unreadable');
    return state;
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
    if (message.type !== types.MSG_CUSTOM) return;
    const decoded = decodeSignal({ from: message.from, data: message.payload.data, extension: message.payload.extension }, this.roster);
    if (decoded.ok) this.listeners.emit(decoded.event);
    else if (decoded.reason !== 'foreign') this.drops.dropped(decoded.reason, message.from);
  }
}
