/** How urgent a message is for IM: past 40 a second, a live group drops lower priorities first. */
export type MessagePriority = 'High' | 'Normal' | 'Low';

export interface GroupSignal {
  readonly groupId: string;
  /** The IM service stamps this id as the message's sender (REST `From_Account`). */
  readonly senderId: string;
  readonly data: string;
  readonly description: string;
  readonly priority: MessagePriority;
  /** The same key for the same group within 5 minutes is one message to IM (REST `Random`). */
  readonly dedupeKey: number;
}

/** A refusal of the messaging service; `retryable` when the same request may go through later. */
export class PublishError extends Error {
  constructor(
    readonly code: number | 'NETWORK' | 'RATE_LIMITED' | 'UNCONFIGURED',
    readonly retryable: boolean,
    message: string,
  ) {
    super(message);
  }
}

/** The signalling group, from the school server (IM REST, as App admin). */
export interface SignalPublisher {
  /** Resolves once IM took the message; throws PublishError otherwise. */
  publish(signal: GroupSignal): Promise<void>;
}
