import { ClassInfo, Credentials, PersonInfo } from '../../../application/ports/ClassroomBackendPort';
import { MediaScene } from '../../../application/ports/MediaRoomPort';
import { PortError } from '../../../application/ports/PortError';
import { BackendFailure } from './backendMessages';

type Body = Record<string, unknown>;

const ERROR_CODES: readonly BackendFailure[] = ['CLASS_NOT_FOUND', 'NOT_ENROLLED', 'CLASS_OVER', 'AUTH'];

/** The failure a reply stands for: the body's `error` code first, the HTTP status otherwise. */
export function failureOf(statusCode: number, body: unknown): PortError | undefined {
  if (statusCode >= 200 && statusCode < 300) return undefined;
  // A class tool's answer that came too late (docs/backend-api.md): the app tells the student, and does not send again.
  if (statusCode === 409 && isObject(body) && body.error === 'CLOSED') return new PortError('CLOSED', 'backend answered 409 CLOSED');
  const named = isObject(body) && ERROR_CODES.find((code) => code === body.error);
  const byStatus: BackendFailure =
    statusCode === 404
      ? 'CLASS_NOT_FOUND'
      : statusCode === 403
        ? 'NOT_ENROLLED'
        : statusCode === 410
          ? 'CLASS_OVER'
          : statusCode === 401
            ? 'AUTH'
            : 'UNKNOWN';
  const code = named || byStatus;
  return new PortError(code, `backend answered ${statusCode}${named ? ` ${named}` : ''}`);
}

export function parseClassInfo(body: unknown): ClassInfo {
  const b = object(body, 'class info');
  const assistants = Array.isArray(b.assistants) ? b.assistants.map((a) => person(a, 'assistant')) : fail('assistants');
  return {
    classId: text(b.classId, 'classId'),
    title: text(b.title, 'title'),
    teacher: person(b.teacher, 'teacher'),
    assistants,
    ...(b.stageCapacity === undefined || b.stageCapacity === null ? {} : { stageCapacity: whole(b.stageCapacity, 'stageCapacity') }),
    roomId: text(typeof b.trtcRoomId === 'number' ? String(b.trtcRoomId) : b.trtcRoomId, 'trtcRoomId'),
    chatGroupId: text(b.chatGroupId, 'chatGroupId'),
    signalGroupId: text(b.signalGroupId, 'signalGroupId'),
    ...(b.trtcScene === undefined || b.trtcScene === null ? {} : { mediaScene: scene(b.trtcScene) }),
    ...(b.startsAt === undefined || b.startsAt === null ? {} : { startsAt: whole(b.startsAt, 'startsAt') }),
    ...(b.endsAt === undefined || b.endsAt === null ? {} : { endsAt: whole(b.endsAt, 'endsAt') }),
  };
}

export function parseCredentials(body: unknown): Credentials {
  const b = object(body, 'credentials');
  return {
    sdkAppId: whole(b.sdkAppId, 'sdkAppId'),
    userId: text(b.userId, 'userId'),
    userName: text(b.userName, 'userName'),
    userSig: text(b.userSig, 'userSig'),
    expiresAt: whole(b.expiresAt, 'expiresAt'),
  };
}

/** The teacher's client picks the TRTC scene; a value this client cannot use is refused, not guessed. */
function scene(value: unknown): MediaScene {
  return value === 'live' || value === 'videocall' ? value : fail('trtcScene');
}

function person(value: unknown, field: string): PersonInfo {
  const p = object(value, field);
  return { userId: text(p.userId, `${field}.userId`), name: text(p.name, `${field}.name`) };
}

const isObject = (value: unknown): value is Body => typeof value === 'object' && value !== null && !Array.isArray(value);

function object(value: unknown, field: string): Body {
  return isObject(value) ? value : fail(field);
}

function text(value: unknown, field: string): string {
  return typeof value === 'string' && value.length > 0 ? value : fail(field);
}

function whole(value: unknown, field: string): number {
  return typeof value === 'number' && Number.isInteger(value) ? value : fail(field);
}

function fail(field: string): never {
  throw new PortError('UNKNOWN', `the backend sent a malformed reply (${field})`);
}
