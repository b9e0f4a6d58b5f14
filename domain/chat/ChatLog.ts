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
    while (at > 0 && this.items[at - 1].at > message.at) at--;
    this.items = [...this.items.slice(0, at), message, ...this.items.slice(at)];
    this.ids.add(message.id);
    if (this.items.length > this.limit) {
      const dropped = this.items.slice(0, this.items.length - this.limit);
      this.items = this.items.slice(-this.limit);
      for (const old of dropped) this.ids.delete(old.id);
    }
    return true;
  }

  find(id: string): ChatMessage | undefined {
    return this.items.find((message) => message.id === id);
  }

  /** Replaces a message in place (state, progress, or the service's id after sending). */
  update(id: string, change: Partial<ChatMessage>): void {
    const index = this.items.findIndex((message) => message.id === id);
    if (index < 0) return;
    const next = { ...this.items[index], ...change };
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
