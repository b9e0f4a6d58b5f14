import { Choice, readChoices } from './choices';
import { MAX_COUNT } from './limits';

/** The checks a closed question's results must pass against the question they close. */
export const toolFits = {
  results(
    question: { readonly options: readonly string[]; readonly multiple: boolean },
    correct: readonly Choice[] | null,
    counts: readonly number[],
  ): boolean {
    if (counts.length !== question.options.length) return false;
    if (!counts.every((count) => Number.isInteger(count) && count >= 0 && count <= MAX_COUNT)) return false;
    return correct === null || readChoices(correct, question.options.length, question.multiple)?.length === correct.length;
  },
};
