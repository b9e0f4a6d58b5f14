/** Outcome of an action a user can get wrong: the caller turns `code` into words. */
export type Result<T = void> = Ok<T> | Failure;

export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}

export interface Failure {
  readonly ok: false;
  readonly code: FailureCode;
  readonly detail?: string;
}

export type FailureCode =
  | 'COMMAND.NOT_AUTHORIZED'
  | 'COMMAND.INVALID'
  | 'STAGE.FULL'
  | 'HAND.ON_STAGE'
  | 'HAND.SEND_FAILED'
  | 'DEVICE.NOT_ALLOWED'
  | 'DEVICE.CAMERA_DENIED'
  | 'DEVICE.MIC_DENIED'
  | 'LESSON.NOT_ACTIVE'
  | 'CHAT.EMPTY'
  | 'CHAT.TOO_LONG'
  | 'CHAT.MUTED'
  | 'CHAT.NOT_FOUND'
  | 'CHAT.SEND_FAILED'
  | 'IMAGE.TYPE'
  | 'IMAGE.TOO_LARGE'
  | 'JOIN.CLASS_NOT_FOUND'
  | 'JOIN.NOT_ENROLLED'
  | 'JOIN.CLASS_OVER'
  | 'JOIN.NETWORK'
  | 'JOIN.ROOM_FULL'
  | 'JOIN.SIGNATURE'
  | 'JOIN.SUSPENDED'
  | 'JOIN.REFUSED'
  | 'JOIN.FAILED'
  | 'MEDIA.FAILED'
  /** The class tool no longer takes an answer: closed by the staff, or out of time. */
  | 'TOOL.CLOSED'
  | 'TOOL.INVALID'
  | 'TOOL.SEND_FAILED';

export function ok(): Result<void>;
export function ok<T>(value: T): Result<T>;
export function ok<T>(value?: T): Result<T | undefined> {
  return { ok: true, value };
}

export function fail(code: FailureCode, detail?: string): Failure {
  return detail === undefined ? { ok: false, code } : { ok: false, code, detail };
}
