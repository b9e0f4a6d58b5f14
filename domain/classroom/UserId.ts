/**
 * User ids as the IM and media services stamp them on messages and streams. An id is compared
 * exactly: the same UTF-16 string, with no trimming, case folding or Unicode normalisation,
 * because the services compare them that way; `"t1 "` and `"t1"` are two different people, and
 * treating them as one would let the second speak for the first. Maps keyed by user ids (the
 * roster's staff, volumes, flood counters) compare keys the same way; plain objects must not be
 * used for them, since `constructor` or `__proto__` is a user id like any other.
 */
export const MAX_USER_ID_LENGTH = 128;

/** The shape a user id must have on the wire: a string of 1 to 128 characters that is not all blank. */
export function isUserId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_USER_ID_LENGTH && value.trim().length > 0;
}

/** The one comparison of two user ids. */
export function sameUserId(a: string, b: string): boolean {
  return a === b;
}
