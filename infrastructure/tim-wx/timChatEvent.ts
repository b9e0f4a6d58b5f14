import { ChatEvent } from '../../application/ports/ChatPort';
import { TimConstants, TimMessage } from './TimSdk';

interface ImageInfo {
  readonly type?: unknown;
  readonly url?: unknown;
}

/** A chat group message in the classroom's words, or undefined for what the lesson does not show. */
export function timChatEvent(message: TimMessage, types: TimConstants['TYPES']): ChatEvent | undefined {
  const at = message.time * 1000;
  const { payload } = message;
  switch (message.type) {
    case types.MSG_TEXT:
      return typeof payload.text === 'string'
        ? { type: 'message', message: { id: message.ID, from: message.from, text: payload.text, at } }
        : undefined;
    case types.MSG_IMAGE: {
      const imageUrl = pickImageUrl(payload.imageInfoArray);
      return imageUrl ? { type: 'message', message: { id: message.ID, from: message.from, imageUrl, at } } : undefined;
    }
    case types.MSG_GRP_TIP:
      return memberTip(payload, types);
    default:
      return undefined;
  }
}

/**
 * TIM lists the original (type 0), a large (1) and a thumbnail (2) rendition; the large one
 * suits a phone screen. Only https reaches the page: WeChat's <image> loads nothing else.
 */
export function pickImageUrl(infos: unknown): string | undefined {
  if (!Array.isArray(infos)) return undefined;
  const secure = (infos as ImageInfo[]).filter((info) => typeof info.url === 'string' && info.url.startsWith('https://'));
  const chosen = secure.find((info) => info.type === 1) ?? secure[0];
  return chosen ? (chosen.url as string) : undefined;
}

function memberTip(payload: Record<string, unknown>, types: TimConstants['TYPES']): ChatEvent | undefined {
  const userIds = Array.isArray(payload.userIDList) ? payload.userIDList.filter((id): id is string => typeof id === 'string') : [];
  const memberNum = Number(payload.memberNum);
  const count = Number.isInteger(memberNum) && memberNum >= 0 && payload.memberNum !== undefined ? { count: memberNum } : {};
  switch (payload.operationType) {
    case types.GRP_TIP_MBR_JOIN:
      return { type: 'members-joined', userIds, ...count };
    case types.GRP_TIP_MBR_QUIT:
    case types.GRP_TIP_MBR_KICKED_OUT:
      return { type: 'members-left', userIds, ...count };
    default:
      return undefined;
  }
}
