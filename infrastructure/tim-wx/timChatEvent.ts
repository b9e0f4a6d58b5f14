import { ChatEvent } from '../../application/ports/ChatPort';
import { TimConstants, TimMessage } from './TimSdk';

/** The group's number for a message the service has numbered (0 before it has). */
export function numbered(message: TimMessage): { seq?: number } {
  return message.sequence && message.sequence > 0 ? { seq: message.sequence } : {};
}

interface ImageInfo {
  readonly type?: unknown;
  readonly url?: unknown;
  readonly imageUrl?: unknown;
}

/**
 * After the SDK swaps and renumbers the entries (tim-wx-sdk 2.27.6 `Pt`, run by the image
 * element on a received picture and by sendMessage on a sent one): 0 the original, 1 the 198 px
 * thumbnail, 2 the 720 px picture. The 720 px one suits a phone; the original is the fallback
 * (sharp, only heavier), the thumbnail the last resort.
 */
const PREFERRED_TYPES = [2, 0, 1];
/** For the chat line: tim-wx's thumbnail (type 1, 198 px; docs/tencent-adapters.md), or the large one. */
export const THUMB_TYPES = [1, 2, 0];

/** A chat group message in the classroom's words, or undefined for what the lesson does not show. */
export function timChatEvent(message: TimMessage, types: TimConstants['TYPES']): ChatEvent | undefined {
  const at = message.time * 1000;
  const { payload } = message;
  switch (message.type) {
    case types.MSG_TEXT:
      return typeof payload.text === 'string'
        ? { type: 'message', message: { id: message.ID, from: message.from, text: payload.text, at, ...numbered(message) } }
        : undefined;
    case types.MSG_IMAGE: {
      const imageUrl = pickImageUrl(payload.imageInfoArray);
      const thumbUrl = pickImageUrl(payload.imageInfoArray, THUMB_TYPES);
      const thumb = thumbUrl && thumbUrl !== imageUrl ? { thumbUrl } : {};
      return imageUrl
        ? { type: 'message', message: { id: message.ID, from: message.from, imageUrl, ...thumb, at, ...numbered(message) } }
        : undefined;
    }
    case types.MSG_GRP_TIP:
      return memberTip(payload, types);
    default:
      return undefined;
  }
}

/**
 * The picture's address for the page. `imageUrl` is the uploaded address in every entry (`url`
 * stays the local temp path on the sender's phone); only https reaches the page, as WeChat's
 * <image> loads nothing else from the network.
 */
export function pickImageUrl(infos: unknown, preferred: readonly number[] = PREFERRED_TYPES): string | undefined {
  if (!Array.isArray(infos)) return undefined;
  const secure = (infos as ImageInfo[])
    .map((info) => ({ type: info.type, address: [info.imageUrl, info.url].find(isHttps) }))
    .filter((info): info is { type: unknown; address: string } => info.address !== undefined);
  for (const type of preferred) {
    const chosen = secure.find((info) => info.type === type);
    if (chosen) return chosen.address;
  }
  return secure[0]?.address;
}

const isHttps = (value: unknown): value is string => typeof value === 'string' && value.startsWith('https://');

function memberTip(payload: Record<string, unknown>, types: TimConstants['TYPES']): ChatEvent | undefined {
  const userIds = Array.isArray(payload.userIDList) ? payload.userIDList.filter((id): id is string => typeof id === 'string') : [];
  // The SDK's tip element copies `memberNum` into `memberCount` when the service sends one.
  const memberCount = Number(payload.memberCount);
  const count = Number.isInteger(memberCount) && memberCount >= 0 && payload.memberCount !== undefined ? { count: memberCount } : {};
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
