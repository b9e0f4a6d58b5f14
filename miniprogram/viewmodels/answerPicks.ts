import { QuestionView } from '../../application/view/LessonView';

/** The options picked on one question's card before 提交; null before any tap. */
export type Picks = { readonly questionId: string; readonly letters: readonly string[] } | null;

/** What the card shows as picked: the taps on this question's card, else my answer as the staff have it. */
export function picksFor(picks: Picks, question: QuestionView | null): readonly string[] {
  if (!question) return [];
  return picks?.questionId === question.id ? picks.letters : (question.mine ?? []);
}

/** A tap on an option: for a single choice it is the answer, for a multiple choice it is picked or put back. */
export function pickedAfter(picks: Picks, question: QuestionView, label: string): Picks {
  const current = picksFor(picks, question);
  if (!question.multiple) return { questionId: question.id, letters: [label] };
  const letters = current.includes(label) ? current.filter((letter) => letter !== label) : [...current, label].sort();
  return { questionId: question.id, letters };
}
