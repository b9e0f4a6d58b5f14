/**
 * Why the kit did not send a command, or why the school server did not store it. Codes from
 * `checkCommand` mean nothing was sent; the others are the server's answer or the network's.
 */
export type StaffErrorCode =
  // Refused by the kit before anything was sent (the command cannot be valid in this class now).
  | 'BAD_FIELDS'
  | 'NOT_A_STUDENT'
  | 'REMOVED'
  | 'STAGE_FULL'
  | 'NOT_ON_STAGE'
  | 'ON_STAGE'
  | 'SAME_ID'
  | 'NOT_OPEN'
  | 'TOO_MANY'
  | 'CLASS_OVER'
  | 'NOT_STARTED'
  // The school server's answer (docs/backend-api.md) or the network's.
  | 'NOT_STAFF'
  | 'AUTH'
  | 'CLASS_NOT_FOUND'
  | 'UNKNOWN_COMMAND'
  | 'STORE_FAILED'
  | 'NETWORK'
  | 'TIMEOUT'
  | 'UNKNOWN';

/** The codes a retry with the same request id may cure; the others will be refused again. */
export const RETRYABLE: ReadonlySet<StaffErrorCode> = new Set(['NETWORK', 'TIMEOUT', 'STORE_FAILED']);

export class StaffError extends Error {
  readonly name = 'StaffError';
  constructor(
    readonly code: StaffErrorCode,
    message: string,
    /** True when the kit refused it itself: nothing reached the server. */
    readonly beforeSending = false,
  ) {
    super(message);
  }
}
