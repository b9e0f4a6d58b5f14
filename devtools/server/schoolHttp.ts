import * as http from 'http';
import * as zlib from 'zlib';
import { SchoolServerCore } from '../../server/application/SchoolServerCore';
import { decodedSegment } from '../../server/http/decodedSegment';
import { IM_CALLBACK_PATH, imCallbackRoute } from '../../server/http/imCallbackRoute';
import { STATE_ROUTE, stateRoutes } from '../../server/http/stateRoutes';
import { ClassCatalog, publicInfo } from './classCatalog';
import { catalogAuth, staffOf } from './catalogSchool';
import { StaffTokens } from './staffTokens';

/** A command or a hand is a few hundred bytes; anything far larger is refused before it is parsed. */
export const MAX_BODY_BYTES = 4_096;
/** IM's member callbacks list the members who came or went: room for a few hundred ids. */
const MAX_CALLBACK_BYTES = 64 * 1024;

export interface SchoolHttpOptions {
  readonly core: SchoolServerCore;
  readonly tokens: StaffTokens;
  readonly staffTokenSeconds?: number;
  /**
   * IM's member callbacks on the signalling groups (server/http/imCallbackRoute.ts), served only
   * with the console's callback authentication token: unsigned, anyone could take a student's place.
   */
  readonly imCallback?: { readonly sdkAppId: number; readonly token: string };
  readonly now?: () => number;
  /** The staff member's IM and TRTC login, given with the staff token when the server can sign. */
  readonly userSigOf?: (userId: string) => { readonly sdkAppId: number; readonly userSig: string } | undefined;
}

export type Reply = (status: number, body: string | Buffer, headers?: http.OutgoingHttpHeaders) => void;

const STAFF_TOKEN_PATH = /^\/classes\/([^/]+)\/staff-token$/;
/** Any origin may call the class routes: they are authorised by the bearer token alone, never by cookies. */
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-None-Match',
  'Access-Control-Expose-Headers': 'ETag',
};

/**
 * The class-state routes (server/http/stateRoutes.ts) and the staff token over Node's http.
 * Answers false for a path that is not theirs.
 */
export function schoolHttp(catalog: ClassCatalog, options: SchoolHttpOptions) {
  const routes = stateRoutes(options.core, catalogAuth(catalog, options.tokens));
  const lifetime = options.staffTokenSeconds ?? 12 * 60 * 60;
  const zipped = new GzipCache();
  const callback =
    options.imCallback &&
    imCallbackRoute(options.core, {
      ...options.imCallback,
      classOfGroup: (groupId) => catalog.classes.find((entry) => entry.signalGroupId === groupId)?.classId,
      now: options.now ?? Date.now,
    });
  return async (request: http.IncomingMessage, pathname: string, query: URLSearchParams, send: Reply): Promise<boolean> => {
    if (callback && pathname === IM_CALLBACK_PATH) {
      const read = request.method === 'POST' ? await readJson(request, MAX_CALLBACK_BYTES) : { ok: true as const, value: undefined };
      if (!read.ok) return (send(read.status, JSON.stringify({ error: read.error })), true);
      const answer = callback({
        method: request.method ?? 'GET',
        path: pathname,
        query: Object.fromEntries(query),
        headers: {},
        body: read.value,
      });
      if (answer) send(answer.status, answer.body, answer.headers);
      return true;
    }
    const staffToken = STAFF_TOKEN_PATH.exec(pathname);
    if (!staffToken && !STATE_ROUTE.test(pathname)) return false;
    // A teacher console on another origin (a school's page, another port) calls these routes from a browser.
    if (request.method === 'OPTIONS') return (send(204, '', { ...CORS, 'Access-Control-Max-Age': '600' }), true);
    const reply: Reply = (status, text, headers) => send(status, text, { ...headers, ...CORS });
    if (staffToken) {
      issueStaffToken(catalog, options, lifetime, decodedSegment(staffToken[1]), request, reply);
      return true;
    }
    let body: unknown;
    if (request.method === 'POST') {
      const read = await readJson(request);
      if (!read.ok) {
        reply(read.status, JSON.stringify({ error: read.error }), read.status === 413 ? { Connection: 'close' } : {});
        return true;
      }
      body = read.value;
    }
    const answer = await routes({
      method: request.method ?? 'GET',
      path: pathname,
      query: Object.fromEntries(query),
      headers: {
        authorization: request.headers.authorization,
        'if-none-match': request.headers['if-none-match'],
      },
      body,
    });
    if (!answer) return false;
    const gzip = answer.status === 200 && answer.headers?.ETag && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (gzip && answer.body.length > GZIP_FROM_BYTES) {
      const key = `${pathname}#${answer.headers?.ETag}`;
      reply(200, zipped.get(key, answer.body), { ...answer.headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
    } else reply(answer.status, answer.body, answer.headers);
    return true;
  };
}

/**
 * Development login for staff: the bearer token is the teacher's or assistant's user id, as a
 * student's is theirs. A school's own backend issues the staff token from its login session instead.
 * The answer carries the class info, its students' names and, when the server signs, the staff member's UserSig.
 */
function issueStaffToken(
  catalog: ClassCatalog,
  { tokens, userSigOf }: SchoolHttpOptions,
  lifetime: number,
  classId: string | undefined,
  request: http.IncomingMessage,
  reply: Reply,
): void {
  const send = (status: number, body: unknown) => reply(status, JSON.stringify(body));
  if (request.method !== 'GET') return reply(405, JSON.stringify({ error: 'METHOD_NOT_ALLOWED' }), { Allow: 'GET' });
  const userId = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  const found = classId === undefined ? undefined : catalog.classes.find((candidate) => candidate.classId === classId);
  if (!found) return send(404, { error: 'CLASS_NOT_FOUND' });
  if (!userId) return send(401, { error: 'AUTH' });
  if (!staffOf(found).includes(userId))
    return send(catalog.students.has(userId) ? 403 : 401, { error: catalog.students.has(userId) ? 'NOT_STAFF' : 'AUTH' });
  const issued = tokens.issue(userId, lifetime);
  // A teacher console logs in with this one answer: its class, its token, its IM and TRTC signature.
  // The class list, so a console can name the students before any of them has come in.
  const students = (found.enrolled ?? [...catalog.students.keys()])
    .filter((id) => catalog.students.has(id))
    .map((id) => ({ userId: id, name: catalog.students.get(id) }));
  send(200, {
    userId,
    staffToken: issued.token,
    expiresAt: issued.expiresAt,
    classInfo: publicInfo(found),
    students,
    ...userSigOf?.(userId),
  });
}

/** Below this a state is one packet anyway; above it (a big class's state) gzip saves most of it. */
const GZIP_FROM_BYTES = 1_024;

/**
 * A state's gzip, made once per class and number and served to every student who asks for it
 * (wx.request takes gzip). The most recent few are kept; an old number is only asked for again
 * by a student whose read crossed a change, and its gzip is simply made again.
 */
class GzipCache {
  private readonly entries = new Map<string, Buffer>();

  get(key: string, body: string): Buffer {
    let zipped = this.entries.get(key);
    if (!zipped) {
      zipped = zlib.gzipSync(body);
      this.entries.set(key, zipped);
      if (this.entries.size > 256) this.entries.delete(this.entries.keys().next().value as string);
    }
    return zipped;
  }
}

type BodyRead = { ok: true; value: unknown } | { ok: false; status: number; error: string };

function readJson(request: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (read: BodyRead) => {
      if (done) return;
      done = true;
      resolve(read);
    };
    if (Number(request.headers['content-length'] ?? 0) > limit) {
      request.resume();
      return finish({ ok: false, status: 413, error: 'BODY_TOO_LARGE' });
    }
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.resume();
        finish({ ok: false, status: 413, error: 'BODY_TOO_LARGE' });
      } else chunks.push(chunk);
    });
    request.on('error', () => finish({ ok: false, status: 400, error: 'BAD_REQUEST' }));
    request.on('end', () => {
      try {
        finish({ ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown });
      } catch {
        finish({ ok: false, status: 400, error: 'BAD_JSON' });
      }
    });
  });
}
