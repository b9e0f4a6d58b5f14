import { ClassControlEvent } from '../../application/ports/ClassControlPort';
import { decodeSignal } from '../../infrastructure/shared/signalling/decodeSignal';
import { SeenIds } from '../../infrastructure/shared/signalling/SeenIds';
import { ChatLine, StaffMessaging } from '../application/ports';

/** The part of a tim-js-sdk / @tencentcloud/chat instance the kit uses (the web SDKs' documented surface). */
export interface WebChatInstance {
  on(event: string, handler: (event: { name?: string; data: unknown }) => void): void;
  off(event: string, handler: (event: { name?: string; data: unknown }) => void): void;
  createTextMessage(options: { to: string; conversationType: string; payload: { text: string } }): unknown;
  createImageMessage?(options: { to: string; conversationType: string; payload: { file: unknown } }): unknown;
  sendMessage(message: unknown): Promise<{ data: { message: WebChatMessage } }>;
}

/** The constants the SDK's class carries: `TencentCloudChat.EVENT`, `.TYPES` (or `TIM.EVENT`, `TIM.TYPES`). */
export interface WebChatConstants {
  readonly EVENT: { readonly MESSAGE_RECEIVED: string; readonly NET_STATE_CHANGE: string; readonly SDK_READY: string };
  readonly TYPES: {
    readonly CONV_GROUP: string;
    readonly MSG_TEXT: string;
    readonly MSG_IMAGE: string;
    readonly MSG_CUSTOM: string;
    readonly MSG_GRP_TIP: string;
    readonly NET_STATE_CONNECTED: string;
  };
}

export interface WebChatMessage {
  readonly ID: string;
  readonly type: string;
  readonly to: string;
  readonly from: string;
  readonly time: number;
  readonly conversationType: string;
  readonly payload: Record<string, unknown>;
}

export interface TimStaffMessagingOptions {
  readonly chat: WebChatInstance;
  readonly constants: WebChatConstants;
  readonly signalGroupId: string;
  readonly chatGroupId: string;
}

/**
 * The kit's ears on an IM instance the host owns and has logged in and joined to both groups:
 * it only listens (and sends the teacher's chat), never logs in, joins or quits for the host.
 */
export class TimStaffMessaging implements StaffMessaging {
  private readonly seen = new SeenIds();
  private readonly seenChat = new SeenIds();

  constructor(private readonly options: TimStaffMessagingOptions) {}

  onSignal(listener: (event: ClassControlEvent) => void): () => void {
    const { signalGroupId, constants } = this.options;
    return this.hear((message) => {
      if (message.to !== signalGroupId || message.type !== constants.TYPES.MSG_CUSTOM || !this.seen.firstTime(message.ID)) return;
      const decoded = decodeSignal({ from: message.from, data: message.payload.data, extension: message.payload.extension });
      if (decoded.ok) listener(decoded.event);
    });
  }

  onChat(listener: (line: ChatLine) => void): () => void {
    return this.hear((message) => {
      if (message.to !== this.options.chatGroupId || !this.seenChat.firstTime(message.ID)) return;
      const line = this.lineOf(message);
      if (line) listener(line);
    });
  }

  onReconnect(listener: () => void): () => void {
    const { chat, constants } = this.options;
    let wasDown = false;
    const handler = (event: { data: unknown }) => {
      const state = (event.data as { state?: unknown } | undefined)?.state;
      if (state === constants.TYPES.NET_STATE_CONNECTED) {
        if (wasDown) listener();
        wasDown = false;
      } else wasDown = true;
    };
    chat.on(constants.EVENT.NET_STATE_CHANGE, handler);
    return () => chat.off(constants.EVENT.NET_STATE_CHANGE, handler);
  }

  onPresence(listener: (userId: string, online: boolean) => void): () => void {
    const { chatGroupId, constants } = this.options;
    return this.hear((message) => {
      if (message.to !== chatGroupId || message.type !== constants.TYPES.MSG_GRP_TIP) return;
      const { operationType, userIDList } = message.payload as { operationType?: unknown; userIDList?: unknown };
      if (!Array.isArray(userIDList) || (operationType !== 1 && operationType !== 2 && operationType !== 3)) return;
      for (const userId of userIDList) if (typeof userId === 'string') listener(userId, operationType === 1);
    });
  }

  async sendChat(content: { readonly text?: string; readonly file?: unknown }): Promise<ChatLine> {
    const { chat, constants, chatGroupId } = this.options;
    const to = { to: chatGroupId, conversationType: constants.TYPES.CONV_GROUP };
    let message: unknown;
    if (content.text !== undefined) message = chat.createTextMessage({ ...to, payload: { text: content.text } });
    else if (content.file !== undefined && chat.createImageMessage)
      message = chat.createImageMessage({ ...to, payload: { file: content.file } });
    else throw new Error('send a text, or a picture as `file` (an <input type=file> element or its File)');
    const sent = await chat.sendMessage(message);
    const line = this.lineOf(sent.data.message);
    if (!line) throw new Error('IM sent a message the kit cannot read back');
    return line;
  }

  private hear(take: (message: WebChatMessage) => void): () => void {
    const { chat, constants } = this.options;
    const handler = (event: { data: unknown }) => {
      if (!Array.isArray(event.data)) return;
      for (const message of event.data as WebChatMessage[]) take(message);
    };
    chat.on(constants.EVENT.MESSAGE_RECEIVED, handler);
    return () => chat.off(constants.EVENT.MESSAGE_RECEIVED, handler);
  }

  private lineOf(message: WebChatMessage): ChatLine | undefined {
    const { TYPES } = this.options.constants;
    const at = message.time * 1000;
    if (message.type === TYPES.MSG_TEXT && typeof message.payload.text === 'string')
      return { id: message.ID, from: message.from, text: message.payload.text, at };
    if (message.type !== TYPES.MSG_IMAGE || !Array.isArray(message.payload.imageInfoArray)) return undefined;
    // The web SDKs list the original (type 0), the 198 px thumbnail (1) and the 720 px picture (2); the 720 px one suits a console.
    const infos = message.payload.imageInfoArray as { type?: unknown; url?: unknown; imageUrl?: unknown }[];
    const urls = [2, 0, 1].map((type) => infos.find((info) => info.type === type)).map((info) => info && (info.imageUrl ?? info.url));
    const imageUrl = urls.find((url): url is string => typeof url === 'string' && /^(https:|blob:|data:)/.test(url));
    return imageUrl ? { id: message.ID, from: message.from, imageUrl, at } : undefined;
  }
}
