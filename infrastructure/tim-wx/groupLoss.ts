import { TimFactory, TimMessage } from './TimSdk';

/** Why IM took a group away from this member: `removed` by the group's managers, or the group is `gone`. */
export type GroupLossReason = 'removed' | 'gone';

export interface GroupLoss {
  readonly groupId: string;
  readonly why: GroupLossReason;
}

/**
 * The group system notices after which tim-wx-sdk 2.27.6 drops a group on its own
 * (GroupSystemNoticeHandler._onReceivedGroupSystemNotice): 4 kicked out (`_onMemberKicked`),
 * 5 dismissed and 11 recycled (`_onGroupDismissed`; 11 is not acted on by the SDK, but the group
 * no longer exists), 21 banned from a live group (`onAVChatRoomMemberBanned`, which also stops
 * the group's long poll). The numbers are IM's `operationType`; the SDK has no constants for
 * 4, 5, 11 and 21.
 */
const NOTICE_REASONS: Readonly<Record<number, GroupLossReason>> = { 4: 'removed', 5: 'gone', 11: 'gone', 21: 'removed' };

/**
 * A message that says this member lost a group: a group system notice (delivered in
 * MESSAGE_RECEIVED in the `@TIM#SYSTEM` conversation), or a live group's ban tip naming me
 * (GRP_TIP_BAN_AVCHATROOM_MEMBER, what the other members see of the same ban).
 */
export function groupLossOf(message: TimMessage, types: TimFactory['TYPES'], me: string | undefined): GroupLoss | undefined {
  const payload = message.payload as { operationType?: unknown; groupProfile?: { groupID?: unknown }; userIDList?: unknown };
  if (message.type === types.MSG_GRP_SYS_NOTICE) {
    const why = NOTICE_REASONS[Number(payload.operationType)];
    const groupId = payload.groupProfile?.groupID;
    return why && typeof groupId === 'string' ? { groupId, why } : undefined;
  }
  if (message.type !== types.MSG_GRP_TIP || payload.operationType !== types.GRP_TIP_BAN_AVCHATROOM_MEMBER) return undefined;
  const named = Array.isArray(payload.userIDList) && me !== undefined && payload.userIDList.includes(me);
  return named && message.conversationType === types.CONV_GROUP ? { groupId: message.to, why: 'removed' } : undefined;
}
