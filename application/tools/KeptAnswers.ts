import { Choice } from '../../domain/interactions/choices';
import { LessonSession } from '../session/LessonSession';

/**
 * The answers this student submitted, per class and question, kept by the app (not the page): a
 * student who drops off, or whose lesson page is opened again, still sees their own answer.
 */
export class KeptAnswers {
  private readonly answers = new Map<string, readonly Choice[]>();

  keep(classId: string, questionId: string, choices: readonly Choice[]): void {
    this.answers.set(JSON.stringify([classId, questionId]), choices);
  }

  of(classId: string, questionId: string): readonly Choice[] | undefined {
    return this.answers.get(JSON.stringify([classId, questionId]));
  }

  /** My answer from before this page or this return, on the question the class has now. */
  restoreInto(session: LessonSession): void {
    const { classroom } = session;
    const question = classroom.tools.question;
    const mine = question && this.of(classroom.classId, question.id);
    if (question && mine) session.change((current) => current.tools.remember(question.id, mine));
  }
}
