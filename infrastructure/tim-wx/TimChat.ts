import { ChatEvent, ChatPort, ImageUpload, ImLogin, SentChat } from '../../application/ports/ChatPort';
import { PortError } from '../../application/ports/PortError';
import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { Clock } from '../../application/ports/PlatformPorts';
import { Listeners } from '../shared/Listeners';
import { ChatContinuity } from '../shared/im/ChatContinuity';
import { numbered, pickImageUrl, THUMB_TYPES, timChatEvent } from './timChatEvent';
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
  /** When the join under way began: history was sent before it, in IM's whole seconds. */
  private joinedAt = 0;
  private readonly continuity = new ChatContinuity();

  constructor(
    private readonly session: TimSession,
    private readonly clock: Clock,
  ) {
    this.memberCount = new TimMemberCount(session, clock, (count) => this.listeners.emit({ type: 'member-count', count }));
    session.onMessageBatch((batch) => this.receiveBatch(batch));
    session.onKicked((reason) => this.listeners.emit({ type: 'kicked-offline', reason }));
    session.onConnection((state) => this.listeners.emit({ type: 'connection', state }));
    // Either group: the messaging session is the chat port's, and the lesson needs both.
    session.onGroupLost(({ why }) => this.listeners.emit({ type: 'group-lost', why }));
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
   * mark. So what arrives for the group while its join is under way is taken as that history
   * when it was sent no later than the second the join began in (IM's times are the server's
   * whole seconds, which a phone's clock follows closely); a line from a later second is live,
   * pushed during the join's round trip. Within the join's own second the two cannot be told
   * apart, and the line is taken as history.
   */
  async joinChat(groupId: string): Promise<void> {
    if (groupId !== this.groupId) this.continuity.restart();
    this.joining = groupId;
    this.joinedAt = this.clock.now();
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
    this.continuity.noted(sent.sequence);
    return { id: sent.ID, at: sent.time * 1000, ...numbered(sent) };
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
    const thumbUrl = pickImageUrl(sent.payload.imageInfoArray, THUMB_TYPES);
    this.continuity.noted(sent.sequence);
    const thumb = thumbUrl && thumbUrl !== imageUrl ? { thumbUrl } : {};
    return { id: sent.ID, at: sent.time * 1000, ...numbered(sent), ...(imageUrl ? { imageUrl, ...thumb } : {}) };
  }

  subscribe(listener: (event: ChatEvent) => void): Unsubscribe {
    return this.listeners.add(listener);
  }

  private receiveBatch(batch: readonly TimMessage[]): void {
    const joining = this.joining;
    const handedOnJoin = (message: TimMessage) => message.to === joining && message.time * 1000 <= this.joinedAt;
    for (const message of batch) this.receive(message, joining !== undefined && handedOnJoin(message));
  }

  private isGroupMessage(message: TimMessage, groupId: string): boolean {
    return message.conversationType === this.session.types.CONV_GROUP && message.to === groupId;
  }

  private receive(message: TimMessage, handedOnJoin: boolean): void {
    const ours = [this.groupId, this.joining].some((groupId) => groupId !== undefined && this.isGroupMessage(message, groupId));
    if (!ours) return;
    const event = timChatEvent(message, this.session.types);
    if (event?.type !== 'message') this.continuity.noted(message.sequence);
    if (!event) return;
    if (handedOnJoin) {
      this.continuity.noted(message.sequence);
      if (event.type === 'message') this.listeners.emit({ type: 'message', message: { ...event.message, earlier: true } });
      return;
    }
    if (event.type === 'message' && this.continuity.received(message.sequence)) {
      return this.listeners.emit({ type: 'message', message: { ...event.message, afterGap: true } });
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
