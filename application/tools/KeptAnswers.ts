import { Choice } from '../../domain/interactions/choices';

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
}
