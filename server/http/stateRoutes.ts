import { SchoolServerCore } from '../application/SchoolServerCore';
import { decodedSegment } from './decodedSegment';
import { ReplyRequest } from '../application/TakeStudentReply';

export interface SchoolRequest {
  readonly method: string;
  /** The path below the API's base, e.g. `/classes/math-101/state`. */
  readonly path: string;
  readonly query: Readonly<Record<string, string | undefined>>;
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The parsed JSON body of a POST; anything else is refused before it gets here. */
  readonly body?: unknown;
}

export interface SchoolReply {
  readonly status: number;
  readonly body: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Who a bearer token names, for the class asked about; undefined for nobody. */
export interface SchoolAuth {
  /** A student of the class (their app's login session). */
  student(token: string | undefined, classId: string): string | undefined;
  /** The class's teacher or one of its assistants (a staff token the server issued). */
  staff(token: string | undefined, classId: string): string | undefined;
  /** Anyone who may read the class: its students and its staff. */
  member(token: string | undefined, classId: string): string | undefined;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): SchoolReply => ({
  status,
  body: JSON.stringify(body),
  headers,
});

const STATUS: Record<string, number> = {
  CLASS_NOT_FOUND: 404,
  NOT_STAFF: 403,
  NOT_STUDENT: 403,
  REMOVED: 403,
  CLASS_OVER: 410,
  HANDS_FULL: 409,
  UNKNOWN_COMMAND: 400,
  BAD_FIELDS: 400,
  STORE_FAILED: 503,
  CLOSED: 409,
};

/** Every path these routes answer (the HTTP server passes them on; docs/backend-api.md). */
export const STATE_ROUTE = /^\/classes\/([^/]+)\/(state|hand|commands|answers|check-ins|invitation|tally|invitation-answers)$/;

/**
 * The class-state routes of docs/backend-api.md, framework-free: the development and production
 * server run them over Node's http, the SDK families' tests over a stand-in wx.request. Answers
 * undefined for any other path.
 */
export function stateRoutes(core: SchoolServerCore, auth: SchoolAuth) {
  return async (request: SchoolRequest): Promise<SchoolReply | undefined> => {
    const match = STATE_ROUTE.exec(request.path);
    if (!match) return undefined;
    const classId = decodedSegment(match[1]);
    if (classId === undefined) return json(400, { error: 'BAD_REQUEST', message: 'the class id is not valid percent-encoding' });
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const body =
      typeof request.body === 'object' && request.body !== null && !Array.isArray(request.body)
        ? (request.body as Record<string, unknown>)
        : undefined;
    if (match[2] === 'state') {
      if (request.method !== 'GET') return json(405, { error: 'METHOD_NOT_ALLOWED' }, { Allow: 'GET' });
      if (!auth.member(token, classId)) return json(401, { error: 'AUTH' });
      const since = Number(request.query.since);
      const read = await core.readState.execute(classId, Number.isSafeInteger(since) ? since : undefined);
      if (!read.ok) return json(STATUS[read.code] ?? 500, { error: read.code });
      const etag = `"${read.rev}"`;
      const headers = { ETag: etag, 'Cache-Control': 'no-cache' };
      if (request.headers['if-none-match'] === etag) return { status: 304, body: '', headers };
      return { status: 200, body: read.body, headers };
    }
    if (match[2] === 'tally') return tallyRoute(core, auth, request, classId, token);
    if (match[2] === 'invitation-answers') return invitationAnswersRoute(core, auth, request, classId, token);
    if (request.method !== 'POST') return json(405, { error: 'METHOD_NOT_ALLOWED' }, { Allow: 'POST' });
    if (!body) return json(400, { error: 'BAD_REQUEST', message: 'the body must be a JSON object' });
    if (match[2] === 'answers' || match[2] === 'check-ins' || match[2] === 'invitation') {
      const userId = auth.student(token, classId);
      if (!userId) return json(401, { error: 'AUTH' });
      const outcome = await core.reply.execute(classId, userId, replyRequest(match[2], body));
      return outcome.ok ? json(200, { ok: true }) : json(STATUS[outcome.code] ?? 500, { error: outcome.code });
    }
    if (match[2] === 'hand') {
      const userId = auth.student(token, classId);
      if (!userId) return json(401, { error: 'AUTH' });
      if (typeof body.raised !== 'boolean') return json(400, { error: 'BAD_FIELDS', message: '`raised` must be a boolean' });
      const outcome = await core.hand.execute(classId, userId, body.raised);
      return outcome.ok ? json(200, { rev: outcome.rev }) : json(STATUS[outcome.code] ?? 500, { error: outcome.code });
    }
    const senderId = auth.staff(token, classId);
    if (!senderId) return json(auth.member(token, classId) ? 403 : 401, { error: auth.member(token, classId) ? 'NOT_STAFF' : 'AUTH' });
    const outcome = await core.command({ classId, senderId, body });
    return outcome.ok ? json(200, { seq: outcome.seq, rev: outcome.rev }) : json(STATUS[outcome.code] ?? 500, { error: outcome.code });
  };
}

function replyRequest(route: 'answers' | 'check-ins' | 'invitation', body: Record<string, unknown>): ReplyRequest {
  if (route === 'answers') return { kind: 'answer', questionId: body.questionId, choices: body.choices };
  if (route === 'check-ins') return { kind: 'check-in', checkInId: body.id };
  return { kind: 'invitation', seq: body.seq, accepted: body.accepted };
}

/** The staff's read of what students answered: `?question=` for the tally of a question, `?checkIn=` for who checked in. */
async function tallyRoute(core: SchoolServerCore, auth: SchoolAuth, request: SchoolRequest, classId: string, token: string | undefined) {
  if (request.method !== 'GET') return json(405, { error: 'METHOD_NOT_ALLOWED' }, { Allow: 'GET' });
  if (!auth.staff(token, classId))
    return json(auth.member(token, classId) ? 403 : 401, { error: auth.member(token, classId) ? 'NOT_STAFF' : 'AUTH' });
  const read = await core.readState.current(classId);
  if (!read) return json(404, { error: 'CLASS_NOT_FOUND' });
  const { question } = request.query;
  if (question !== undefined) {
    const options = read.question?.id === question ? read.question.options.length : 0;
    if (!options) return json(404, { error: 'UNKNOWN_QUESTION' });
    return json(200, core.replies.tally(classId, question, options), { 'Cache-Control': 'no-store' });
  }
  const checkIn = request.query.checkIn;
  if (checkIn === undefined) return json(400, { error: 'BAD_FIELDS', message: 'ask for `question` or `checkIn`' });
  return json(200, { checkedIn: core.replies.checkedIn(classId, checkIn) }, { 'Cache-Control': 'no-store' });
}

/** The answers to invitations after the number the staff's client holds (`?after=`, 0 for all kept). */
function invitationAnswersRoute(
  core: SchoolServerCore,
  auth: SchoolAuth,
  request: SchoolRequest,
  classId: string,
  token: string | undefined,
) {
  if (request.method !== 'GET') return json(405, { error: 'METHOD_NOT_ALLOWED' }, { Allow: 'GET' });
  if (!auth.staff(token, classId))
    return json(auth.member(token, classId) ? 403 : 401, { error: auth.member(token, classId) ? 'NOT_STAFF' : 'AUTH' });
  const after = Number(request.query.after ?? 0);
  if (!Number.isSafeInteger(after) || after < 0) return json(400, { error: 'BAD_FIELDS', message: '`after` is a whole number' });
  return json(200, core.replies.invitationAnswers(classId, after), { 'Cache-Control': 'no-store' });
}
