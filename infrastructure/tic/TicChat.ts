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
    this.joined = true;
    const count = await this.memberCount();
    if (count !== undefined) this.emit({ type: 'member-count', count });
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

  /** TIC's facade has no member count; the IM instance may. Without one the lesson shows none. */
  private async memberCount(): Promise<number | undefined> {
    const im = this.session.im();
    const groupID = this.session.classroomGroupId;
    if (!im || typeof im.getGroupProfile !== 'function' || !groupID) return undefined;
    try {
      // tim-wx-sdk's Group keeps the service's `memberNum` as `memberCount`.
      const count = Number((await im.getGroupProfile({ groupID }))?.data?.group?.memberCount);
      return Number.isInteger(count) && count > 0 ? count : undefined;
    } catch {
      return undefined;
    }
  }

  private emit(event: ChatEvent): void {
    this.listeners.emit(event);
  }
}
