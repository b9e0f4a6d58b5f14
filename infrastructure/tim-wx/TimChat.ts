import { ChatEvent, ChatPort, ImageUpload, ImLogin, SentChat } from '../../application/ports/ChatPort';
import { PortError } from '../../application/ports/PortError';
import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { Clock } from '../../application/ports/PlatformPorts';
import { Listeners } from '../shared/Listeners';
import { pickImageUrl, timChatEvent } from './timChatEvent';
import { TimMemberCount } from './TimMemberCount';
import { TimMessage } from './TimSdk';
import { TimSession } from './TimSession';

/** The lesson's chat group on Tencent IM. Repeated deliveries pass through: the core dedupes. */
export class TimChat implements ChatPort {
  private readonly listeners = new Listeners<ChatEvent>();
  private readonly memberCount: TimMemberCount;
  private groupId: string | undefined;
  /** The group whose joinGroup is under way: what it delivers now is the history handed to a new member. */
  private joining: string | undefined;

  constructor(
    private readonly session: TimSession,
    clock: Clock,
  ) {
    this.memberCount = new TimMemberCount(session, clock, (count) => this.listeners.emit({ type: 'member-count', count }));
    session.onMessage((message) => this.receive(message));
    session.onKicked((reason) => this.listeners.emit({ type: 'kicked-offline', reason }));
    session.onConnection((state) => this.listeners.emit({ type: 'connection', state }));
  }

  login(login: ImLogin): Promise<void> {
    return this.session.login(login);
  }

  logout(): Promise<void> {
    return this.session.logout();
  }

  /**
   * A live group set to hand new members its recent messages (IM's "message history for new
   * members") sends them in the join's answer; tim-wx-sdk 2.27.6 emits them as one
   * MESSAGE_RECEIVED batch after the join succeeds and before joinGroup resolves
   * (GroupModule._handleJoinResult → _onAVChatRoomHistoryMessage), as ordinary messages with no
   * mark. So what arrives for the group while its join is under way is taken as that history.
   */
  async joinChat(groupId: string): Promise<void> {
    this.joining = groupId;
    let count: number | undefined;
    try {
      count = await this.session.joinGroup(groupId);
    } finally {
      if (this.joining === groupId) this.joining = undefined;
    }
    this.groupId = groupId;
    // The online count is a request of its own; the join does not wait for it.
    void this.memberCount.joined(groupId, count);
  }

  async leaveChat(): Promise<void> {
    const groupId = this.groupId;
    this.groupId = undefined;
    this.memberCount.left();
    if (groupId) await this.session.quitGroup(groupId);
  }

  async sendText(text: string): Promise<SentChat> {
    const to = this.joined();
    const sent = await this.session.send((tim) =>
      tim.createTextMessage({ to, conversationType: this.session.types.CONV_GROUP as string, payload: { text } }),
    );
    return { id: sent.ID, at: sent.time * 1000 };
  }

  /** The file goes in the shape wx.chooseMedia returns, which is what the SDK reads in a mini-program. */
  async sendImage(image: ImageUpload, onProgress: (percent: number) => void): Promise<SentChat> {
    const to = this.joined();
    const file = { tempFilePaths: [image.path], tempFiles: [{ path: image.path, size: image.size, type: image.type }] };
    const sent = await this.session.send((tim) =>
      tim.createImageMessage({
        to,
        conversationType: this.session.types.CONV_GROUP as string,
        payload: { file },
        onProgress: (fraction) => onProgress(Math.round(fraction * 100)),
      }),
    );
    // The SDK keeps the local path in `url` of a picture sent from a mini-program; the upload is in `imageUrl`.
    const imageUrl = pickImageUrl(sent.payload.imageInfoArray);
    return { id: sent.ID, at: sent.time * 1000, ...(imageUrl ? { imageUrl } : {}) };
  }

  subscribe(listener: (event: ChatEvent) => void): Unsubscribe {
    return this.listeners.add(listener);
  }

  private receive(message: TimMessage): void {
    if (message.conversationType !== this.session.types.CONV_GROUP) return;
    const handedOnJoin = this.joining !== undefined && message.to === this.joining;
    if (!handedOnJoin && (!this.groupId || message.to !== this.groupId)) return;
    const event = timChatEvent(message, this.session.types);
    if (!event) return;
    if (handedOnJoin) {
      if (event.type === 'message') this.listeners.emit({ type: 'message', message: { ...event.message, earlier: true } });
      return;
    }
    if ((event.type === 'members-joined' || event.type === 'members-left') && this.memberCount.mayBeLive) {
      // A live group's tip count is not the online count; the SDK's is read instead.
      this.listeners.emit({ type: event.type, userIds: event.userIds });
      this.memberCount.tip(message.to);
      return;
    }
    this.listeners.emit(event);
  }

  private joined(): string {
    if (!this.groupId) throw new PortError('NOT_CONNECTED', 'the chat group has not been joined');
    return this.groupId;
  }
}
