/**
 * The user ids in a SUCC_MEMBERS_LIST event. webrtc-room passes the live-pusher's 1020 message
 * through JSON.stringify, and that message is itself JSON (`{"userlist":[{"userid":…}]}`), so the
 * detail arrives encoded once or twice. Anything else is `undefined`: the caller keeps what it has.
 */
export function roomMembers(detail: unknown): string[] | undefined {
  let value = detail;
  for (let depth = 0; depth < 2 && typeof value === 'string'; depth++) value = parse(value);
  if (typeof value !== 'object' || value === null) return undefined;
  const list = (value as { userlist?: unknown }).userlist;
  if (!Array.isArray(list)) return undefined;
  const ids = list
    .map((entry) => (typeof entry === 'object' && entry !== null ? (entry as { userid?: unknown }).userid : undefined))
    .filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= 128);
  return [...new Set(ids)];
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
