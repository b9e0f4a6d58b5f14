import { ChatPort } from '../ports/ChatPort';
import { ClassControlPort } from '../ports/ClassControlPort';
import { WhiteboardPort } from '../ports/WhiteboardPort';
import { CatchUpWithTeacher } from './CatchUpWithTeacher';
import { LessonTickets } from './LessonTickets';

/**
 * Messaging back: logged in again if the service dropped us, both groups joined again (joining a
 * group one is in is harmless), the teacher's state and the board re-read rather than trusted.
 */
export class RestoreMessaging {
  constructor(
    private readonly ports: { chat: ChatPort; control: ClassControlPort; whiteboard: WhiteboardPort },
    private readonly tickets: LessonTickets,
    private readonly catchUp: CatchUpWithTeacher,
  ) {}

  async execute(how: 'resumed' | 'rejoined'): Promise<void> {
    const { chat, control, whiteboard } = this.ports;
    const info = this.tickets.info;
    if (how === 'rejoined') await chat.login(await this.tickets.imLogin());
    await Promise.all([chat.joinChat(info.chatGroupId), control.join(info.signalGroupId)]);
    await Promise.all([this.catchUp.execute(), whiteboard.open(info.classId)]);
  }
}
