import { Classroom } from '../../domain/classroom/Classroom';
import { isOver } from '../../domain/classroom/LessonStatus';
import { OutgoingChat } from '../chat/OutgoingChat';
import { LessonEventRouter } from '../events/LessonEventRouter';
import { ChatPort } from '../ports/ChatPort';
import { ClassControlPort } from '../ports/ClassControlPort';
import { MediaRoomPort } from '../ports/MediaRoomPort';
import { Logger } from '../ports/PlatformPorts';
import { WhiteboardPort } from '../ports/WhiteboardPort';
import { LessonSession } from './LessonSession';

/**
 * However a lesson ends (the student leaves, the class ends, the teacher removes them, another
 * device logs in), every room is left once and media stops; nothing rejoins by itself after.
 * A service that fails to say goodbye is logged, not shown.
 */
export class LeaveRooms {
  private leaving: { classroom: Classroom; done: Promise<void> } | undefined;

  constructor(
    private readonly ports: { media: MediaRoomPort; chat: ChatPort; control: ClassControlPort; whiteboard: WhiteboardPort },
    private readonly session: LessonSession,
    private readonly router: LessonEventRouter,
    private readonly outgoing: OutgoingChat,
    private readonly logger: Logger,
  ) {
    session.onChange((kind) => {
      if (kind === 'state' && session.hasClassroom && isOver(session.classroom.status)) void this.execute();
    });
  }

  execute(): Promise<void> {
    const classroom = this.session.classroom;
    if (this.leaving?.classroom === classroom) return this.leaving.done;
    const done = this.leaveAll();
    this.leaving = { classroom, done };
    return done;
  }

  /** Leaves again what a step still under way when the lesson ended (a join, a restore) entered after it. */
  async leaveLate(): Promise<void> {
    await this.leaving?.done;
    await this.leaveAll();
  }

  private async leaveAll(): Promise<void> {
    this.router.detachServices();
    this.outgoing.failWaiting();
    const { media, chat, control, whiteboard } = this.ports;
    const results = await Promise.allSettled([media.leave(), control.leave(), chat.leaveChat(), whiteboard.close()]);
    await chat.logout().catch((error) => this.logger.warn('leave.logout_failed', { error: String(error) }));
    for (const result of results) {
      if (result.status === 'rejected') this.logger.warn('leave.step_failed', { error: String(result.reason) });
    }
  }
}
