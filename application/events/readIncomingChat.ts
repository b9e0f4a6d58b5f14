import { visibleText } from '../../domain/chat/visibleText';
import { IncomingChat } from '../ports/ChatPort';

/** Longer text from the teacher or a classmate is cut, in characters as the reader counts them. */
const MAX_TEXT = 2_000;

export type ChatFault = 'insecure-image' | 'malformed-chat' | 'empty-chat';

/**
 * What of a classmate's message may be shown: text as text, cleaned as the student's own text is
 * (visibleText), and a picture only from an https address (the IM service's). Anything else is
 * refused with the kind of fault; text with nothing visible in it is `empty-chat`.
 */
export function readIncomingChat(message: IncomingChat): IncomingChat | ChatFault {
  const { id, from, text, imageUrl, at } = message;
  if (typeof id !== 'string' || !id || typeof from !== 'string' || !from || typeof at !== 'number' || !Number.isFinite(at)) {
    return 'malformed-chat';
  }
  if (text !== undefined && typeof text !== 'string') return 'malformed-chat';
  if (imageUrl !== undefined && (typeof imageUrl !== 'string' || !secure(imageUrl))) return 'insecure-image';
  if (!text && !imageUrl) return 'malformed-chat';
  const thumbUrl = imageUrl && typeof message.thumbUrl === 'string' && secure(message.thumbUrl) ? { thumbUrl: message.thumbUrl } : {};
  const shown = text ? visibleText(cut(text)) : '';
  if (!shown && !imageUrl) return 'empty-chat';
  const numbered = Number.isSafeInteger(message.seq) && (message.seq as number) > 0 ? { seq: message.seq } : {};
  return { id, from, at, ...numbered, ...(shown ? { text: shown } : {}), ...(imageUrl ? { imageUrl, ...thumbUrl } : {}) };
}

/** A small picture from anywhere but https is dropped, and the line shows the large one. */
function secure(url: string): boolean {
  return /^https:\/\/[^\s"'<>]+$/i.test(url);
}

function cut(text: string): string {
  return text.length <= MAX_TEXT ? text : Array.from(text).slice(0, MAX_TEXT).join('');
}
