/** Ids this long or shorter go to the page as they are. */
const SHORT = 10;

/**
 * The key a chat line goes to the page under (its `wx:key` and element id). IM's message ids run
 * to 40 characters (`144115…-1679468281-2218264521`), half of a line's bytes; a longer id goes as
 * `h` and its 32-bit FNV-1a hash in base 36, at most 8 characters. Two lines of one 30-line
 * window sharing a hash (about one window in 10 million) would share a key: WeChat warns and
 * draws both. Derived, not stored, so a line always gets the same key and nothing grows.
 */
export function shortKey(id: string): string {
  if (id.length <= SHORT) return id;
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `h${hash.toString(36)}`;
}

/** The line id behind a key the page sent back (a tap on a line), among the lines on the page. */
export function idOfKey(key: string, ids: readonly string[]): string | undefined {
  return ids.find((id) => shortKey(id) === key);
}
