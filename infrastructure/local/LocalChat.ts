import { ChatEvent, ChatPort, ImageUpload, ImLogin, SentChat } from '../../application/ports/ChatPort';
import { PortError } from '../../application/ports/PortError';
import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { Listeners } from '../shared/Listeners';
import { ChatContinuity } from '../shared/im/ChatContinuity';
import { SequencedChat } from './LiveGroupPolls';
import { LocalClassroomHub } from './LocalClassroomHub';
import { LocalImSession } from './LocalImSession';

/** The chat group on the in-process messaging service. */
export class LocalChat implements ChatPort {
  private readonly listeners = new Listeners<ChatEvent>();
  private groupId: string | undefined;
  private member: string | undefined;
  private readonly continuity = new ChatContinuity();

  constructor(
    private readonly hub: LocalClassroomHub,
    private readonly im: LocalImSession,
  ) {
    im.onGroupEvent((groupId, event) => {
      if (groupId !== this.groupId || !isChatEvent(event)) return;
      if (event.type !== 'message') return this.listeners.emit(event);
      const message = event.message as SequencedChat;
      const hole = this.continuity.received(message.seq);
      this.listeners.emit({ type: 'message', message: hole ? { ...message, afterGap: true } : message });
    });
    im.onConnection((state) => this.listeners.emit({ type: 'connection', state }));
    im.onKicked((reason) => this.listeners.emit({ type: 'kicked-offline', reason }));
  }

  login(login: ImLogin): Promise<void> {
    return this.im.login(login);
  }

  logout(): Promise<void> {
    return this.im.logout();
  }

  async joinChat(groupId: string): Promise<void> {
    const userId = await this.im.call();
    if (groupId !== this.groupId) this.continuity.restart();
    this.groupId = groupId;
    this.member = userId;
    this.hub.im.join(groupId, userId);
    this.listeners.emit({ type: 'member-count', count: this.hub.im.memberCount(groupId) });
  }

  /** Leaves as whoever joined, even once logged out: a join that landed after a logout must not stay. */
  async leaveChat(): Promise<void> {
    if (!this.groupId || !this.member) return;
    this.hub.im.leave(this.groupId, this.member);
    this.groupId = undefined;
  }

  async sendText(text: string): Promise<SentChat> {
    const userId = await this.im.call();
    const message = this.hub.im.postChat(this.joined(), userId, { text });
    this.continuity.noted(message.seq);
    return { id: message.id, at: message.at, seq: message.seq };
  }

  async sendImage(image: ImageUpload, onProgress: (percent: number) => void): Promise<SentChat> {
    await this.im.call();
    onProgress(50);
    const userId = await this.im.call();
    onProgress(100);
    const imageUrl = `https://im.local/images/${encodeURIComponent(image.path.split('/').pop() || 'image')}`;
    const message = this.hub.im.postChat(this.joined(), userId, { imageUrl });
    this.continuity.noted(message.seq);
    return { id: message.id, at: message.at, seq: message.seq, imageUrl };
  }

  subscribe(listener: (event: ChatEvent) => void): Unsubscribe {
    return this.listeners.add(listener);
  }

  private joined(): string {
    if (!this.groupId) throw new PortError('NOT_CONNECTED', 'the chat group has not been joined');
    return this.groupId;
  }
}

function isChatEvent(event: { type: string }): event is ChatEvent {
  return event.type !== 'signal';
}
