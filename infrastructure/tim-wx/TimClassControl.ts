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

  constructor(
    private readonly session: TimSession,
    logger: Logger,
  ) {
    this.drops = new SignalDropLog(logger);
    session.onMessage((message) => this.receive(message));
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

  /** The staff keep the class state in the signalling group's profile, which only they may change. */
  async currentState(): Promise<ClassState | undefined> {
    const groupId = this.groupId;
    if (!groupId) throw new PortError('NOT_CONNECTED', 'the signalling group has not been joined');
    return decodeClassState(await this.session.groupCustomField(groupId, CLASS_STATE_FIELD));
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
