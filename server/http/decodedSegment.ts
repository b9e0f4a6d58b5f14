/** A path segment's percent-decoding; undefined for broken escapes (`%E0%A4%A`), which are a 400, not a crash. */
export function decodedSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
