import { LessonSession } from '../session/LessonSession';

/** Closes the results card of a closed question; an open question's card stays. */
export class DismissQuestion {
  constructor(private readonly session: LessonSession) {}

  execute(): void {
    if (this.session.hasClassroom) this.session.change((classroom) => classroom.tools.dismissQuestion());
  }
}
