import { SIGNAL_EXTENSION } from '../../../infrastructure/shared/signalling/SignalProtocol';
import { GroupSignal, SignalPublisher } from '../../application/ports/SignalPublisher';
import { ImRestClient } from './ImRestClient';
import { RestRateLimit } from './RestRateLimit';

/** A group takes 40 messages a second; past it the service discards, lowest priority first (Tencent IM's limits). */
export const GROUP_MESSAGES_PER_SECOND = 40;

/**
 * The signalling group through IM's `send_group_msg`, sent on the staff member's or student's
 * behalf (`From_Account`), so the students' SDK sees them as the sender. `Random` is the change's
 * own key: IM keeps one copy of a resend within 5 minutes.
 */
export class ImRestPublisher implements SignalPublisher {
  /** Commands are paced per group under the group's limit, so the service never discards one for rate. */
  private readonly commandPace = new Map<string, RestRateLimit>();

  constructor(private readonly im: ImRestClient) {}

  async publish(signal: GroupSignal): Promise<void> {
    // Hands are not paced: past the limit the service drops them first, and the stored queue still has them.
    if (signal.priority !== 'High') return this.send(signal);
    let pace = this.commandPace.get(signal.groupId);
    if (!pace) this.commandPace.set(signal.groupId, (pace = new RestRateLimit(GROUP_MESSAGES_PER_SECOND, this.im.clock)));
    await pace.run(() => this.send(signal));
  }

  private async send(signal: GroupSignal): Promise<void> {
    await this.im.call('group_open_http_svc/send_group_msg', {
      GroupId: signal.groupId,
      From_Account: signal.senderId,
      Random: signal.dedupeKey,
      MsgPriority: signal.priority,
      MsgBody: [{ MsgType: 'TIMCustomElem', MsgContent: { Data: signal.data, Desc: signal.description, Ext: SIGNAL_EXTENSION } }],
    });
  }
}
