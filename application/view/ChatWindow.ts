import { ChatMessage } from '../../domain/chat/ChatMessage';

export const CHAT_WINDOW = { visible: 15, slack: 135 } as const;

/** The most lines the window ever holds: the visible ones plus the slack before it steps. */
export const CHAT_WINDOW_MAX = CHAT_WINDOW.visible + CHAT_WINDOW.slack;

/**
 * The chat lines on screen. The window start moves in steps rather than with every message, so
 * most arrivals are appended by path and the list the student is reading does not shift. A step
 * re-sends the whole list, so it is kept short (15 lines, about 2 KB) and rare (every 135
 * messages: once in about 3 s of a chat at the IM group limit of 40 a second), which keeps the
 * page's setData payloads small (BENCHMARKS.md).
 */
export class ChatWindow {
  private firstId: string | undefined;
  /** Every line the window was given last time, to find lines put in above it since. */
  private known = new Set<string>();

  constructor(
    private readonly visible: number = CHAT_WINDOW.visible,
    private readonly slack: number = CHAT_WINDOW.slack,
  ) {}

  select(messages: readonly ChatMessage[]): readonly ChatMessage[] {
    let start = this.firstId === undefined ? -1 : messages.findIndex((message) => message.id === this.firstId);
    // A late line the service numbered before the window's first (missed chat fetched back) is
    // put in above it: the window opens up to take it in, or the student would never see it.
    const late = start > 0 ? messages.slice(0, start).findIndex((message) => !this.known.has(message.id)) : -1;
    if (late >= 0) start = late;
    if (start < 0 || messages.length - start > this.visible + this.slack) start = Math.max(0, messages.length - this.visible);
    this.firstId = messages[start]?.id;
    this.known = new Set(messages.map((message) => message.id));
    return messages.slice(start);
  }
}
