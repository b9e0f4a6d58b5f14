import { ConnectionState, Unsubscribe } from './Unsubscribe';

export interface ImLogin {
  readonly sdkAppId: number;
  readonly userId: string;
  readonly userSig: string;
}

export interface IncomingChat {
  readonly id: string;
  readonly from: string;
  readonly text?: string;
  /** https only; anything else is dropped by the adapter. The large picture, for a preview. */
  readonly imageUrl?: string;
  /** The same picture small (IM's 198 px thumbnail), for the chat line; https only. */
  readonly thumbUrl?: string;
  readonly at: number;
  /** The group's numbering of its messages (IM's `sequence`), where the service gives one: the order everyone sees. */
  readonly seq?: number;
  /**
   * Handed over by the service as the member joined the group, from the messages sent before
   * (IM's "message history for new members" of a live group), not delivered live.
   */
  readonly earlier?: true;
  /** Some of the group's messages before this one never reached the student (a hole in IM's numbering). */
  readonly afterGap?: true;
}

export interface SentChat {
  readonly id: string;
  /** The service's time and numbering for my line, which place it among everyone else's. */
  readonly at: number;
  readonly seq?: number;
  readonly imageUrl?: string;
  readonly thumbUrl?: string;
}

export interface ImageUpload {
  readonly path: string;
  readonly size: number;
  readonly type: string;
}

export type KickedOfflineReason = 'multipleAccount' | 'userSigExpired' | 'removedByServer' | 'other';

export type ChatEvent =
  | { readonly type: 'message'; readonly message: IncomingChat }
  | { readonly type: 'members-joined'; readonly userIds: readonly string[]; readonly count?: number }
  | { readonly type: 'members-left'; readonly userIds: readonly string[]; readonly count?: number }
  | { readonly type: 'member-count'; readonly count: number }
  | { readonly type: 'connection'; readonly state: ConnectionState }
  | { readonly type: 'kicked-offline'; readonly reason: KickedOfflineReason }
  /**
   * The service took one of the lesson's groups away while logged in: `removed` (kicked or banned
   * by its managers) or `gone` (dismissed, recycled). Nothing arrives from that group any more.
   */
  | { readonly type: 'group-lost'; readonly why: 'removed' | 'gone' };

/** The messaging session (login) and the lesson's chat group. */
export interface ChatPort {
  login(login: ImLogin): Promise<void>;
  logout(): Promise<void>;
  joinChat(groupId: string): Promise<void>;
  leaveChat(): Promise<void>;
  sendText(text: string): Promise<SentChat>;
  sendImage(image: ImageUpload, onProgress: (percent: number) => void): Promise<SentChat>;
  subscribe(listener: (event: ChatEvent) => void): Unsubscribe;
}
