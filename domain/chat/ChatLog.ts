import { ChatMessage } from './ChatMessage';

/** Keeps memory flat in long, busy lessons: the oldest messages go first. */
export const CHAT_MEMORY_LIMIT = 500;

export class ChatLog {
  private items: ChatMessage[] = [];
  private readonly ids = new Set<string>();

  constructor(private readonly limit = CHAT_MEMORY_LIMIT) {}

  /**
   * Adds a message once, in the service's time order; a redelivered id is ignored. A message the
   * service delivers late (after a reconnect) goes where it was sent, not at the bottom.
   */
  add(message: ChatMessage): boolean {
    if (this.ids.has(message.id)) return false;
    let at = this.items.length;
    while (at > 0 && comesAfter(this.items[at - 1], message)) at--;
    this.items = [...this.items.slice(0, at), message, ...this.items.slice(at)];
    this.ids.add(message.id);
    if (this.items.length > this.limit) {
      const dropped = this.items.slice(0, this.items.length - this.limit);
      this.items = this.items.slice(-this.limit);
      for (const old of dropped) this.ids.delete(old.id);
    }
    return true;
  }

  /** Marks where messages went missing, just before the one that came after them. */
  markGapBefore(before: { readonly id: string; readonly at: number; readonly seq?: number }): void {
    if (this.ids.has(before.id)) return;
    const seq = before.seq === undefined ? {} : { seq: before.seq - 0.5 };
    this.add({ id: `gap-${before.id}`, from: '', at: before.at, gap: true, ...seq });
  }

  find(id: string): ChatMessage | undefined {
    return this.items.find((message) => message.id === id);
  }

  /**
   * Replaces a message (state, progress, or the service's id, time and number after sending); a
   * new time or number moves it to where the service placed it.
   */
  update(id: string, change: Partial<ChatMessage>): void {
    const index = this.items.findIndex((message) => message.id === id);
    if (index < 0) return;
    const next = { ...this.items[index], ...change };
    if (next.at !== this.items[index].at || next.seq !== this.items[index].seq) {
      this.items = [...this.items.slice(0, index), ...this.items.slice(index + 1)];
      this.ids.delete(id);
      // Already there under the service's id (delivered before the send's answer): one line, not two.
      if (!this.ids.has(next.id)) this.add(next);
      return;
    }
    this.items = [...this.items.slice(0, index), next, ...this.items.slice(index + 1)];
    if (next.id !== id) {
      this.ids.delete(id);
      this.ids.add(next.id);
    }
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  get messages(): readonly ChatMessage[] {
    return this.items;
  }

  get size(): number {
    return this.items.length;
  }
}

/** By the group's numbering when both lines have one, else by the service's time. */
function comesAfter(earlier: ChatMessage, message: ChatMessage): boolean {
  if (earlier.seq !== undefined && message.seq !== undefined) return earlier.seq > message.seq;
  return earlier.at > message.at;
}
