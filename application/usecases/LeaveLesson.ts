import { ok, Result } from '../../domain/shared/Result';
import { LessonEventRouter } from '../events/LessonEventRouter';
import { Logger } from '../ports/PlatformPorts';
import { LessonSession } from '../session/LessonSession';
import { JoinPorts } from './JoinLesson';

/** Leaves every room; a service that fails to say goodbye is logged, not shown. */
export class LeaveLesson {
  constructor(
    private readonly ports: Omit<JoinPorts, 'backend'>,
    private readonly session: LessonSession,
    private readonly router: LessonEventRouter,
    private readonly logger: Logger,
  ) {}

  async execute(): Promise<Result> {
    if (!this.session.hasClassroom || this.session.classroom.status === 'left') return ok();
    this.session.change((classroom) => classroom.finish('left'));
    this.router.detach();
    const { media, chat, control, whiteboard } = this.ports;
    const steps = [media.leave(), control.leave(), chat.leaveChat(), whiteboard.close()];
    const results = await Promise.allSettled(steps);
    await chat.logout().catch((error) => this.logger.warn('leave.logout_failed', { error: String(error) }));
    for (const result of results) {
      if (result.status === 'rejected') this.logger.warn('leave.step_failed', { error: String(result.reason) });
    }
    return ok();
  }
}
