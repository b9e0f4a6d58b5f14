import { PortError, PortErrorCode } from '../../application/ports/PortError';

export type Fields = Record<string, unknown>;

/**
 * LCIC error codes that mean something to a student; the rest (InternalError, FailedOperation,
 * AuthFailure.* from the school's own key, RequestLimitExceeded …) are the platform's trouble and
 * read as UNKNOWN. Codes from the LCIC error list (tencentcloud-sdk-go lcic/v20220817/errors.go).
 */
const LCIC_CODES: Readonly<Record<string, PortErrorCode>> = {
  'ResourceNotFound.Room': 'CLASS_NOT_FOUND',
  // The school never registered this student with LCIC, so they are not in the class.
  'ResourceNotFound.User': 'NOT_ENROLLED',
};

export function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An LCIC Response that carries `Error` instead of a result. */
export function lcicErrorOf(response: unknown): { code: string; message: string } | undefined {
  if (!isObject(response) || !isObject(response.Error)) return undefined;
  const { Code, Message } = response.Error;
  return { code: typeof Code === 'string' ? Code : 'UnknownError', message: typeof Message === 'string' ? Message : '' };
}

/** The relayed result of one LCIC action, or the PortError its `Error` stands for. */
export function lcicResult(response: unknown, action: string): Fields {
  const error = lcicErrorOf(response);
  if (error) {
    const code = Object.prototype.hasOwnProperty.call(LCIC_CODES, error.code) ? LCIC_CODES[error.code] : 'UNKNOWN';
    throw new PortError(code, `LCIC ${action} answered ${error.code}: ${error.message}`, error);
  }
  return object(response, action);
}

export function object(value: unknown, field: string): Fields {
  return isObject(value) ? value : malformed(field);
}

export function text(value: unknown, field: string): string {
  return typeof value === 'string' && value.length > 0 ? value : malformed(field);
}

export function optionalText(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return text(value, field);
}

export function whole(value: unknown, field: string): number {
  return typeof value === 'number' && Number.isInteger(value) ? value : malformed(field);
}

export function optionalWhole(value: unknown, field: string): number | undefined {
  return value === undefined || value === null ? undefined : whole(value, field);
}

export function malformed(field: string): never {
  throw new PortError('UNKNOWN', `the school server relayed a malformed LCIC reply (${field})`);
}
