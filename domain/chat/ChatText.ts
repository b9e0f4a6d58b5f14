import { fail, ok, Result } from '../shared/Result';
import { visibleText } from './visibleText';

export const MAX_CHAT_TEXT = 500;

/** Chat text as sent: cleaned for display (visibleText), not empty, at most 500 characters (counted as the reader sees them). */
export class ChatText {
  private constructor(readonly value: string) {}

  static create(raw: string): Result<ChatText> {
    const value = visibleText(String(raw ?? ''));
    if (!value) return fail('CHAT.EMPTY');
    if (Array.from(value).length > MAX_CHAT_TEXT) return fail('CHAT.TOO_LONG');
    return ok(new ChatText(value));
  }
}
