import { PortError, PortErrorCode } from '../../application/ports/PortError';

/**
 * IM error codes that mean something to the lesson (from Tencent's IM error code list):
 * 70001–70999 are UserSig problems, 2800–2999 the SDK's network failures, 10007/10010/10015
 * a group that does not exist (any more), 10017 and 80001 a message the service refused.
 * 2024 (not logged in), 2999 (SDK not ready) and 3002–3006 (kicked out) are the reasons the SDK
 * gives for refusing a call while it is not ready (tim-wx-sdk 2.27.6, its error code table `ha`).
 */
const NOT_LOGGED_IN = [2024, 2999, 3002, 3003, 3004, 3006];

function codeFor(sdkCode: number): PortErrorCode | undefined {
  if (NOT_LOGGED_IN.includes(sdkCode)) return 'NOT_CONNECTED';
  if (sdkCode >= 70001 && sdkCode <= 70999) return 'AUTH';
  if (sdkCode === 2801) return 'TIMEOUT';
  if (sdkCode >= 2800 && sdkCode <= 2999) return 'NETWORK';
  if (sdkCode === 10007 || sdkCode === 10010 || sdkCode === 10015) return 'CLASS_NOT_FOUND';
  if (sdkCode === 10017 || sdkCode === 80001) return 'REJECTED';
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
