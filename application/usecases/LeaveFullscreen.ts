import { ok, Result } from '../../domain/shared/Result';
import { LessonSession } from '../session/LessonSession';

export class LeaveFullscreen {
  constructor(private readonly session: LessonSession) {}

  execute(): Result {
    if (!this.session.classroom.fullscreen) return ok();
    this.session.change((classroom) => {
      classroom.fullscreen = false;
    });
    return ok();
  }
}
