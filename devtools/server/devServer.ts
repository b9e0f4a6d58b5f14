import * as http from 'http';
import { Duplex } from 'stream';
import { decodedSegment } from '../../server/http/decodedSegment';
import { TlsSigApi } from '../../server/infrastructure/tencent/userSigner';
import { ClassCatalog, lookUp, publicInfo } from './classCatalog';
import { schoolHttp, SchoolHttpOptions } from './schoolHttp';

export interface Signing {
  readonly sdkAppId: number;
  readonly secretKey: string;
}

export interface DevServerOptions {
  readonly catalog: ClassCatalog;
  /** Absent when the environment has no Tencent account: class info still works, credentials do not. */
  readonly signing?: Signing;
  readonly sigLifetimeSeconds?: number;
  readonly now?: () => number;
  /** The class's authority (docs/backend-api.md, "The class state"); absent, its routes are not served. */
  readonly school?: SchoolHttpOptions;
}

export const SIGNING_UNAVAILABLE =
  'UserSig signing is unavailable: set TENCENT_SDK_APP_ID and TENCENT_SECRET_KEY (from the TRTC/IM console) and restart.';

/** Reads the account from the environment; the secret stays in this process and is never logged. */
export function signingFromEnv(env: NodeJS.ProcessEnv): Signing | undefined {
  const sdkAppId = Number(env.TENCENT_SDK_APP_ID);
  const secretKey = env.TENCENT_SECRET_KEY;
  return Number.isInteger(sdkAppId) && sdkAppId > 0 && secretKey ? { sdkAppId, secretKey } : undefined;
}

/**
 * The backend contract of docs/backend-api.md for development on localhost. The bearer token
 * IS the student's user id here; a real backend resolves it from its own login session. Every
 * request it cannot serve gets a 4xx and a JSON error; nothing a client sends stops the server.
 */
export function createDevServer(options: DevServerOptions): http.Server {
  const now = options.now ?? Date.now;
  const lifetime = options.sigLifetimeSeconds ?? 24 * 60 * 60;
  const api = options.signing && new TlsSigApi(options.signing.sdkAppId, options.signing.secretKey);
  const signing = options.signing;
  const userSigOf =
    api && signing ? (userId: string) => ({ sdkAppId: signing.sdkAppId, userSig: api.genSig(userId, lifetime) }) : undefined;
  const school = options.school && schoolHttp(options.catalog, { userSigOf, ...options.school });
  // Node's own Host check answers without a body; the handler answers it in JSON instead.
  const server = http.createServer({ requireHostHeader: false }, (request, response) => {
    const send = (status: number, text: string | Buffer, headers: http.OutgoingHttpHeaders = {}) => {
      if (response.headersSent) return;
      response.writeHead(status, {
        ...(text ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
        'Content-Length': Buffer.byteLength(text),
        ...headers,
      });
      response.end(text);
    };
    const reply = (status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}) => send(status, JSON.stringify(body), headers);
    const serve = async () => {
      if (request.httpVersion === '1.1' && !request.headers.host)
        return reply(400, { error: 'BAD_REQUEST', message: 'an HTTP/1.1 request needs a Host header' });
      const [pathname, search = ''] = (request.url ?? '').split('?', 2);
      if (school && (await school(request, pathname, new URLSearchParams(search), send))) return;
      const match = /^\/classes\/([^/]+)(\/credentials|\/room-key)?$/.exec(pathname);
      if (!match) return reply(404, { error: 'NO_SUCH_ROUTE' });
      if (request.method !== 'GET') return reply(405, { error: 'METHOD_NOT_ALLOWED', message: 'only GET is served' }, { Allow: 'GET' });
      const classId = decodedSegment(match[1]);
      if (classId === undefined) return reply(400, { error: 'BAD_REQUEST', message: 'the class id is not valid percent-encoding' });
      const userId = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      const found = lookUp(options.catalog, classId, userId);
      if (!found.ok) return reply(found.status, { error: found.error });
      if (!match[2]) return reply(200, publicInfo(found.found));
      if (!api || !options.signing || !userId) return reply(503, { error: 'SIGNING_UNAVAILABLE', message: SIGNING_UNAVAILABLE });
      if (match[2] === '/room-key') return reply(200, roomKey(api, userId, found.found.trtcRoomId, lifetime, now()));
      reply(200, {
        sdkAppId: options.signing.sdkAppId,
        userId,
        userName: found.userName,
        userSig: api.genSig(userId, lifetime),
        expiresAt: now() + lifetime * 1000,
      });
    };
    serve().catch(() => {
      // A fault of ours costs this one request, never the server.
      if (!response.headersSent) reply(500, { error: 'INTERNAL' });
      else response.destroy();
    });
  });
  server.on('clientError', refuseUnreadable);
  return server;
}

/** All of TRTC's privileges (enter, create, send and receive audio and video): 255, as TRTC's samples use. */
const ALL_PRIVILEGES = 255;

/** webrtc-room's room key (TIC family): the student may enter this class's room; docs/backend-api.md. */
function roomKey(api: InstanceType<typeof TlsSigApi>, userId: string, roomId: unknown, lifetime: number, now: number) {
  const privateMapKey =
    typeof roomId === 'number'
      ? api.genPrivateMapKey(userId, lifetime, roomId, ALL_PRIVILEGES)
      : api.genPrivateMapKeyWithStringRoomID(userId, lifetime, String(roomId), ALL_PRIVILEGES);
  return { userId, privateMapKey, expiresAt: now + lifetime * 1000 };
}

/**
 * Requests Node cannot parse (headers over its limit, a method it does not know, broken framing)
 * never reach the handler: they are answered here, in JSON like everything else, and closed.
 */
function refuseUnreadable(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const body = JSON.stringify({ error: status === 431 ? 'HEADERS_TOO_LARGE' : 'BAD_REQUEST', message: 'the request could not be read' });
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
