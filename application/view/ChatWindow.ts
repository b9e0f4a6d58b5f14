import { ChatMessage } from '../../domain/chat/ChatMessage';

/**
 * The chat lines on screen. The window start moves in steps rather than with every message, so
 * most arrivals are appended by path and the list the student is reading does not shift. A step
 * re-sends the whole list, so it is kept short (15 lines, about 2 KB) and rare (every 135
 * messages: once in about 3 s of a chat at the IM group limit of 40 a second), which keeps the
 * page's setData payloads small (BENCHMARKS.md).
 */
export class ChatWindow {
  private firstId: string | undefined;

  constructor(
    private readonly visible = 15,
    private readonly slack = 135,
  ) {}

  select(messages: readonly ChatMessage[]): readonly ChatMessage[] {
    let start = this.firstId === undefined ? -1 : messages.findIndex((message) => message.id === this.firstId);
    if (start < 0 || messages.length - start > this.visible + this.slack) start = Math.max(0, messages.length - this.visible);
    this.firstId = messages[start]?.id;
    return messages.slice(start);
  }
}
