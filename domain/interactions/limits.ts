/** The seconds each timed card may be given (docs/signalling.md, "Class tools"). */
export const INVITE_SECONDS = { min: 5, max: 120, fallback: 30 } as const;
export const QUESTION_SECONDS = { min: 5, max: 600 } as const;
export const CHECK_IN_SECONDS = { min: 10, max: 600 } as const;

/** A question's or check-in's own id, chosen by the staff's client. */
export const MAX_TOOL_ID_CHARS = 64;
/** Students with rewards the state lists; a reward to one more is refused. */
export const MAX_REWARDED = 500;
/** A count a closed question can report for one option: a class is at most 10,000. */
export const MAX_COUNT = 100_000;

export function inRange(value: unknown, range: { readonly min: number; readonly max: number }): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max;
}

export function isToolId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_TOOL_ID_CHARS && /^[\w.:-]+$/.test(value);
}
