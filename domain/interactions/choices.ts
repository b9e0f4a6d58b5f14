/** An answer card's options are labelled A to H, in the order the teacher gave them. */
export const CHOICE_LABELS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;

export type Choice = (typeof CHOICE_LABELS)[number];

export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = CHOICE_LABELS.length;
/** An option's own words, shown beside its letter; a letter alone is the usual card. */
export const MAX_OPTION_CHARS = 40;

export function labelsFor(optionCount: number): readonly Choice[] {
  return CHOICE_LABELS.slice(0, optionCount);
}

export function isChoice(value: unknown): value is Choice {
  return typeof value === 'string' && (CHOICE_LABELS as readonly string[]).includes(value);
}

/**
 * Choices a question with `optionCount` options can take: at least one, each once, in label order,
 * and just one for a single-choice question. Anything else is undefined.
 */
export function readChoices(value: unknown, optionCount: number, multiple: boolean): Choice[] | undefined {
  if (!Array.isArray(value) || value.length === 0 || value.length > optionCount) return undefined;
  const labels = labelsFor(optionCount);
  if (!value.every((choice) => isChoice(choice) && labels.includes(choice))) return undefined;
  const distinct = [...new Set(value as Choice[])];
  if (distinct.length !== value.length || (!multiple && distinct.length !== 1)) return undefined;
  return labels.filter((label) => distinct.includes(label));
}

export function sameChoices(a: readonly Choice[], b: readonly Choice[]): boolean {
  return a.length === b.length && a.every((choice, i) => b[i] === choice);
}
