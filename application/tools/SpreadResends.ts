import { portErrorCode } from '../ports/PortError';
import { Clock } from '../ports/PlatformPorts';

/** Tries after the first, at most. */
export const RESENDS = 6;
const FIRST_WAIT_MS = 1000;
const LONGEST_WAIT_MS = 20_000;

export type SendOutcome = 'sent' | 'closed' | 'failed' | 'dropped';

/** A fraction in [0, 1) that is this student's own: each app waits its own time, so 10,000 resends do not land together. */
function ownFraction(key: string, attempt: number): number {
  let hash = 2166136261 ^ attempt;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619);
  return (hash >>> 0) / 2 ** 32;
}

/** How long this student waits before resend number `attempt` (1, 2, …): doubling, spread over half to the whole of it. */
export function resendWait(key: string, attempt: number): number {
  const cap = Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (attempt - 1));
  return Math.round(cap * (0.5 + ownFraction(key, attempt) / 2));
}

/**
 * Sends until the server has it: a refusal for lateness (CLOSED) ends it, as does `wanted` turning
 * false (a newer answer, the card gone); a lost network waits a spread time and tries again.
 */
export async function sendSpread(
  send: () => Promise<void>,
  wanted: () => boolean,
  clock: Clock,
  key: string,
  onRetrying: () => void = () => undefined,
): Promise<SendOutcome> {
  for (let attempt = 0; attempt <= RESENDS; attempt++) {
    if (attempt > 0) {
      onRetrying();
      await clock.delay(resendWait(key, attempt));
      if (!wanted()) return 'dropped';
    }
    try {
      await send();
      return 'sent';
    } catch (error) {
      const code = portErrorCode(error);
      if (code === 'CLOSED') return 'closed';
      if (code !== 'NETWORK' && code !== 'TIMEOUT' && code !== 'NOT_CONNECTED') return 'failed';
    }
  }
  return 'failed';
}
