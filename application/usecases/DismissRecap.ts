import { ok, Result } from '../../domain/shared/Result';
import { LessonSession } from '../session/LessonSession';

/** The student taps the "while you were away" card away. */
export class DismissRecap {
  constructor(private readonly session: LessonSession) {}

  execute(): Result {
    if (this.session.hasClassroom) this.session.setRecap(null);
    return ok();
  }
}
