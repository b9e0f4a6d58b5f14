import { FollowClassState } from '../classstate/FollowClassState';
import { ChatPort } from '../ports/ChatPort';
import { ClassControlPort } from '../ports/ClassControlPort';
import { WhiteboardPort } from '../ports/WhiteboardPort';
import { LessonTickets } from './LessonTickets';

/**
 * Messaging back: logged in again if the service dropped us, both groups joined again (joining a
 * group one is in is harmless), the staff's state and the board re-read rather than trusted.
 * A lesson that ended meanwhile (left, removed, logged in elsewhere) stops the restore at once,
 * and whatever it already redid is undone: a login left standing would sign out the other device.
 */
export class RestoreMessaging {
  constructor(
    private readonly ports: { chat: ChatPort; control: ClassControlPort; whiteboard: WhiteboardPort },
    private readonly tickets: LessonTickets,
    private readonly classState: FollowClassState,
  ) {}

  async execute(how: 'resumed' | 'rejoined', goesOn: () => boolean): Promise<void> {
    const { chat, control, whiteboard } = this.ports;
    const info = this.tickets.info;
    if (how === 'rejoined') {
      const login = await this.tickets.imLogin();
      if (!goesOn()) return;
      await chat.login(login);
      if (!goesOn()) return this.undo(true);
    }
    await Promise.all([chat.joinChat(info.chatGroupId), control.join(info.signalGroupId)]);
    if (!goesOn()) return this.undo(how === 'rejoined');
    this.classState.listening();
    await Promise.all([this.classState.catchUp(), whiteboard.open(info.classId)]);
    if (!goesOn()) return this.undo(how === 'rejoined');
  }

  private async undo(loggedIn: boolean): Promise<void> {
    const { chat, control, whiteboard } = this.ports;
    await Promise.allSettled([control.leave(), chat.leaveChat(), whiteboard.close()]);
    if (loggedIn) await chat.logout().catch(() => undefined);
  }
}
