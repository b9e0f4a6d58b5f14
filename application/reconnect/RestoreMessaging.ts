import { FollowClassState } from '../classstate/FollowClassState';
import { ChatPort } from '../ports/ChatPort';
import { ClassControlPort } from '../ports/ClassControlPort';
import { WhiteboardPort } from '../ports/WhiteboardPort';
import { LessonTickets } from './LessonTickets';
import { RestoreWanted } from './Reconnection';

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

  async execute(how: 'resumed' | 'rejoined', wanted: RestoreWanted): Promise<void> {
    const { chat, control, whiteboard } = this.ports;
    const info = this.tickets.info;
    if (how === 'rejoined') {
      const login = await this.tickets.imLogin();
      if (wanted() !== 'yes') return;
      await chat.login(login);
      if (wanted() !== 'yes') return this.undo(wanted(), true);
    }
    await Promise.all([chat.joinChat(info.chatGroupId), control.join(info.classId, info.signalGroupId)]);
    if (wanted() !== 'yes') return this.undo(wanted(), how === 'rejoined');
    await Promise.all([this.classState.catchUp(), whiteboard.open(info.classId)]);
    if (wanted() !== 'yes') return this.undo(wanted(), how === 'rejoined');
  }

  /** A lesson that ended has its rooms left again; one replaced by a new lesson is the new one's to keep. */
  private async undo(why: 'yes' | 'ended' | 'superseded', loggedIn: boolean): Promise<void> {
    if (why !== 'ended') return;
    const { chat, control, whiteboard } = this.ports;
    await Promise.allSettled([control.leave(), chat.leaveChat(), whiteboard.close()]);
    if (loggedIn) await chat.logout().catch(() => undefined);
  }
}
