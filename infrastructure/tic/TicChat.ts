import { ChatEvent, ChatPort, ImLogin, SentChat } from '../../application/ports/ChatPort';
import { Clock } from '../../application/ports/PlatformPorts';
import { PortError } from '../../application/ports/PortError';
import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { Listeners } from '../shared/Listeners';
import { TicSession } from './TicSession';

/**
 * The lesson's chat on TIC's classroom group. TIC's send callbacks and group-text listener carry
 * no message id or time, so ids are made here and times are the phone's clock on arrival.
 */
export class TicChat implements ChatPort {
  private readonly listeners = new Listeners<ChatEvent>();
  private joined = false;
  private sent = 0;
  private received = 0;

  constructor(
    private readonly session: TicSession,
    private readonly clock: Clock,
  ) {
    const { listeners } = session;
    listeners.groupText.add(({ from, data }) => {
      // TIC does not say whether it echoes my own sends; the lesson already shows them.
      if (!this.joined || from === session.userId) return;
      this.emit({ type: 'message', message: { id: `tic-in-${++this.received}`, from, text: data, at: this.clock.now() } });
    });
    listeners.membersJoined.add((userIds) => this.joined && this.emit({ type: 'members-joined', userIds }));
    listeners.membersQuit.add((userIds) => this.joined && this.emit({ type: 'members-left', userIds }));
    listeners.forcedOffline.add(() => this.emit({ type: 'kicked-offline', reason: 'multipleAccount' }));
  }

  login(login: ImLogin): Promise<void> {
    return this.session.login(login);
  }

  logout(): Promise<void> {
    this.joined = false;
    return this.session.logout();
  }

  async joinChat(groupId: string): Promise<void> {
    await this.session.join(groupId, 'chat');
    // No member count: TIC's facade has none, and its IM object is WebIM v1, without getGroupProfile.
    this.joined = true;
  }

  async leaveChat(): Promise<void> {
    if (!this.joined) return;
    this.joined = false;
    await this.session.leave('chat');
  }

  async sendText(text: string): Promise<SentChat> {
    if (!this.joined) throw new PortError('NOT_CONNECTED', 'the chat group has not been joined');
    await this.session.sendGroupText(text);
    return { id: `tic-${this.session.userId}-${++this.sent}`, at: this.clock.now() };
  }

  async sendImage(): Promise<SentChat> {
    if (!this.joined) throw new PortError('NOT_CONNECTED', 'the chat group has not been joined');
    throw new PortError(
      'UNSUPPORTED',
      "TIC sends only text and custom group messages; pictures would need the IM instance's upload plugin, which TIC does not register",
    );
  }

  subscribe(listener: (event: ChatEvent) => void): Unsubscribe {
    return this.listeners.add(listener);
  }

  private emit(event: ChatEvent): void {
    this.listeners.emit(event);
  }
}
