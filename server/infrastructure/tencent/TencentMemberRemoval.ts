import { ClassPlaces, MemberRemoval } from '../../application/ports/MemberRemoval';
import { PublishError } from '../../application/ports/SignalPublisher';
import { ImRestClient } from './ImRestClient';
import { TrtcRestClient } from './TrtcRestClient';

/** Long enough to outlast any lesson; the class's own `removed` list is what keeps them out for good. */
const BAN_SECONDS = 24 * 60 * 60;

/**
 * A removed student is banned from the class's groups (`ban_group_member`: out of the group and
 * unable to rejoin it), or, where the group type or edition does not offer bans, deleted from it;
 * then taken out of the TRTC room. Any refusal throws, and EnforceRemoval tries again later.
 */
export class TencentMemberRemoval implements MemberRemoval {
  constructor(
    private readonly im: ImRestClient,
    private readonly trtc: TrtcRestClient | undefined,
  ) {}

  async remove(places: ClassPlaces, userId: string): Promise<void> {
    for (const groupId of places.groupIds) await this.outOfGroup(groupId, userId);
    if (!this.trtc) throw new Error('TRTC RemoveUser needs TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY');
    await this.trtc.removeUser(places.roomId, [userId]);
  }

  private async outOfGroup(groupId: string, userId: string): Promise<void> {
    try {
      await this.im.call('group_open_http_svc/ban_group_member', {
        GroupId: groupId,
        Members_Account: [userId],
        Duration: BAN_SECONDS,
        Description: '已被老师移出课堂',
      });
    } catch (error) {
      if (!(error instanceof PublishError) || error.retryable) throw error;
      await this.im.call('group_open_http_svc/delete_group_member', { GroupId: groupId, MemberToDel_Account: [userId], Silence: 1 });
    }
  }
}
