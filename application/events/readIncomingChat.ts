import { IncomingChat } from '../ports/ChatPort';

const MAX_TEXT = 2_000;

/**
 * What of a classmate's message may be shown: text as text, and a picture only from an https
 * address (the IM service's). Anything else is refused with the kind of fault.
 */
export function readIncomingChat(message: IncomingChat): IncomingChat | 'insecure-image' | 'malformed-chat' {
  const { id, from, text, imageUrl, at } = message;
  if (typeof id !== 'string' || !id || typeof from !== 'string' || !from || typeof at !== 'number' || !Number.isFinite(at)) {
    return 'malformed-chat';
  }
  if (text !== undefined && typeof text !== 'string') return 'malformed-chat';
  if (imageUrl !== undefined && (typeof imageUrl !== 'string' || !/^https:\/\/[^\s"'<>]+$/i.test(imageUrl))) return 'insecure-image';
  if (!text && !imageUrl) return 'malformed-chat';
  return { id, from, at, ...(text ? { text: text.slice(0, MAX_TEXT) } : {}), ...(imageUrl ? { imageUrl } : {}) };
}
