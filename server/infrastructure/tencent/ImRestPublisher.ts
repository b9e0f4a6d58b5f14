import { SIGNAL_EXTENSION } from '../../../infrastructure/shared/signalling/SignalProtocol';
import { GroupSignal, SignalPublisher } from '../../application/ports/SignalPublisher';
import { ImRestClient } from './ImRestClient';

/**
 * The signalling group through IM's `send_group_msg`, sent on the staff member's or student's
 * behalf (`From_Account`), so the students' SDK sees them as the sender. `Random` is the change's
 * own key: IM keeps one copy of a resend within 5 minutes.
 */
export class ImRestPublisher implements SignalPublisher {
  constructor(private readonly im: ImRestClient) {}

  async publish(signal: GroupSignal): Promise<void> {
    await this.im.call('group_open_http_svc/send_group_msg', {
      GroupId: signal.groupId,
      From_Account: signal.senderId,
      Random: signal.dedupeKey,
      MsgPriority: signal.priority,
      MsgBody: [{ MsgType: 'TIMCustomElem', MsgContent: { Data: signal.data, Desc: signal.description, Ext: SIGNAL_EXTENSION } }],
    });
  }
}
