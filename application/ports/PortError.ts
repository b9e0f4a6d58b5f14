/**
 * The one error type an adapter throws across a port. The code names the failure in the
 * classroom's words; the adapter keeps the SDK's own code in `cause` for the logs.
 */
export type PortErrorCode =
  | 'CLASS_NOT_FOUND'
  | 'NOT_ENROLLED'
  | 'CLASS_OVER'
  | 'NETWORK'
  | 'TIMEOUT'
  | 'AUTH'
  | 'PERMISSION'
  | 'ROOM_FULL'
  /** The cloud service refuses the account (unpaid, out of minutes). */
  | 'SUSPENDED'
  | 'REJECTED'
  /** Called too often: the SDK or the service refused it for its rate limit; later it may work. */
  | 'RATE_LIMITED'
  | 'UNSUPPORTED'
  | 'NOT_CONNECTED'
  /** A class tool no longer takes this answer: its time ran out, or the staff closed it. */
  | 'CLOSED'
  | 'UNKNOWN';

export class PortError extends Error {
  constructor(
    readonly code: PortErrorCode,
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'PortError';
  }
}

export function portErrorCode(error: unknown): PortErrorCode {
  return error instanceof PortError ? error.code : 'UNKNOWN';
}
