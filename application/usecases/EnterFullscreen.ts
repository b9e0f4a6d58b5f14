import { fail, ok, Result } from '../../domain/shared/Result';
import { LessonSession } from '../session/LessonSession';

export class EnterFullscreen {
  constructor(private readonly session: LessonSession) {}

  execute(): Result {
    if (!this.session.classroom.isActive) return fail('LESSON.NOT_ACTIVE');
    if (this.session.classroom.fullscreen) return ok();
    this.session.change((classroom) => {
      classroom.fullscreen = true;
    });
    return ok();
  }
}
