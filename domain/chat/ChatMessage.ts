export type DeliveryState = 'sending' | 'sent' | 'failed';

export interface ChatMessage {
  /** The service's id once known; my unsent messages carry a local id until then. */
  readonly id: string;
  /** My line's local id, kept once the service's id replaced it: the line the student saw is the same line. */
  readonly localId?: string;
  readonly from: string;
  readonly text?: string;
  readonly imageUrl?: string;
  /** The picture small, for the chat line, where the service made one; the large one is for a preview. */
  readonly thumbUrl?: string;
  readonly at: number;
  /**
   * The group's numbering, where the service gave one: it orders lines whose times tie (IM
   * times are whole seconds). Unsent lines and lines without it go by time.
   */
  readonly seq?: number;
  /** Only on my own messages. */
  readonly state?: DeliveryState;
  /** Why my message failed, when the student can do nothing but wait: the chat was muted meanwhile. */
  readonly failedBecause?: 'chat-muted';
  /** Sent before the student arrived, and handed over as they joined: shown above a divider, never counted as new. */
  readonly earlier?: true;
  /**
   * Not a message: the mark where some of the group's messages never reached the student
   * (可能错过了部分消息), just before the first one that came after the hole.
   */
  readonly gap?: true;
  /** Upload progress of my picture, 0–100. */
  readonly progress?: number;
}
