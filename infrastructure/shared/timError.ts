import { PortError, PortErrorCode } from '../../application/ports/PortError';

/**
 * IM error codes that mean something to the lesson (Tencent's IM error code list, and tim-wx-sdk
 * 2.27.6's own table `ha`):
 * - 2024 (USER_NOT_LOGGED_IN), 2025 (REPEAT_LOGIN, a login already under way), 2999 (not ready),
 *   3005 (LOGGED_OUT) and 3002–3006
 *   (kicked out, the signature expired) are the SDK refusing a call while it is not ready;
 * - 2996 is the SDK's own rate limit (OVER_FREQUENCY_LIMIT, e.g. 20 profile reads a second), not
 *   the network; 2801 a timeout; the rest of 2800–2999 the network;
 * - 70001–70999 are UserSig problems;
 * - 10007 is insufficient permission (banned from the group, not a member, not allowed to
 *   speak), which the lesson reads as a refusal; 10010 / 10015 a group that does not exist (any more);
 * - 10017 (muted) and 80001 (a word filter) a message the service refused.
 */
const NOT_LOGGED_IN = [2024, 2025, 2999, 3002, 3003, 3004, 3005, 3006];

function codeFor(sdkCode: number): PortErrorCode | undefined {
  if (NOT_LOGGED_IN.includes(sdkCode)) return 'NOT_CONNECTED';
  if (sdkCode >= 70001 && sdkCode <= 70999) return 'AUTH';
  if (sdkCode === 2996) return 'RATE_LIMITED';
  if (sdkCode === 2801) return 'TIMEOUT';
  if (sdkCode >= 2800 && sdkCode <= 2999) return 'NETWORK';
  if (sdkCode === 10010 || sdkCode === 10015) return 'CLASS_NOT_FOUND';
  if (sdkCode === 10007 || sdkCode === 10017 || sdkCode === 80001) return 'REJECTED';
  return undefined;
}

export function timError(error: unknown, action: string): PortError {
  if (error instanceof PortError) return error;
  const sdkCode = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const code = typeof sdkCode === 'number' ? codeFor(sdkCode) : undefined;
  // tim-wx errors are Error objects with `code`, `message` and `data`; a validator's throw has no code.
  const said = error instanceof Error && error.message ? `: ${error.message}` : '';
  return new PortError(code ?? 'UNKNOWN', `IM ${action} failed${typeof sdkCode === 'number' ? ` (${sdkCode})` : ''}${said}`, error);
}
