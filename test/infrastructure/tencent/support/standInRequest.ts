import { ClassInfo } from '../../../../application/ports/ClassroomBackendPort';
import { WxRequest, WxRequestOptions } from '../../../../infrastructure/shared/http/WxRequest';
import { InMemorySchoolServer } from '../../../../server/infrastructure/memory/InMemorySchoolServer';
import { stateRoutes } from '../../../../server/http/stateRoutes';

export type Reply = { statusCode: number; data: unknown } | { fail: string };

type Route = Reply | ((options: WxRequestOptions) => Reply | Promise<Reply>);

/** wx.request answered by a route table, as the school backend would answer. */
export function standInRequest(routes: Record<string, Route>, fallback?: (options: WxRequestOptions) => Promise<Reply | undefined>) {
  const seen: WxRequestOptions[] = [];
  const answer = (options: WxRequestOptions, reply: Reply) => {
    if ('fail' in reply) options.fail({ errMsg: reply.fail });
    else options.success(reply);
  };
  const notFound: Reply = { statusCode: 404, data: { error: 'CLASS_NOT_FOUND' } };
  const request: WxRequest = (options) => {
    seen.push(options);
    const path = new URL(options.url).pathname;
    const route = routes[path];
    if (route === undefined && fallback) {
      void fallback(options).then((reply) => answer(options, reply ?? notFound));
      return;
    }
    const reply = typeof route === 'function' ? route(options) : (route ?? notFound);
    if (reply instanceof Promise) void reply.then((settled) => answer(options, settled));
    else answer(options, reply);
  };
  return { request, seen };
}

/**
 * The class-state routes of the real server (server/http/stateRoutes.ts) on a stand-in
 * wx.request, over the in-memory server's use cases: the student's session is `session-<id>`.
 */
export function schoolStateRoutes(school: InMemorySchoolServer, base = '/api') {
  const member = (token: string | undefined) => /^session-(.+)$/.exec(token ?? '')?.[1];
  return async (options: WxRequestOptions): Promise<Reply | undefined> => {
    if (school.down) return { fail: 'request:fail the school server is unreachable' };
    const url = new URL(options.url);
    if (!url.pathname.startsWith(base)) return undefined;
    const classId = /\/classes\/([^/]+)\/state$/.exec(url.pathname)?.[1];
    const raw = classId === undefined ? undefined : school.rawReplyOf(decodeURIComponent(classId));
    if (raw !== undefined) return { statusCode: 200, data: raw };
    const routes = stateRoutes(school.core, { student: member, member, staff: () => undefined });
    const reply = await routes({
      method: options.method,
      path: url.pathname.slice(base.length),
      query: Object.fromEntries(url.searchParams),
      headers: Object.fromEntries(Object.entries(options.header).map(([key, value]) => [key.toLowerCase(), value])),
      body: options.data,
    });
    if (!reply) return undefined;
    return { statusCode: reply.status, data: reply.body === '' ? '' : (JSON.parse(reply.body) as unknown) };
  };
}

/**
 * The school server of docs/backend-api.md for one class and one student: class info (with the
 * TRTC room number the family enters) and credentials, both answering 410 CLASS_OVER once `end()`.
 */
export function standInSchoolServer(
  info: ClassInfo,
  student: { readonly userId: string; readonly name: string },
  options: { readonly sdkAppId: number; readonly trtcRoomId: number; readonly now: () => number; readonly school?: InMemorySchoolServer },
) {
  let over = false;
  const classOver: Reply = { statusCode: 410, data: { error: 'CLASS_OVER' } };
  const { request, seen } = standInRequest(
    {
      [`/api/classes/${info.classId}`]: () => (over ? classOver : { statusCode: 200, data: { ...info, trtcRoomId: options.trtcRoomId } }),
      [`/api/classes/${info.classId}/credentials`]: () =>
        over
          ? classOver
          : {
              statusCode: 200,
              data: {
                sdkAppId: options.sdkAppId,
                userId: student.userId,
                userName: student.name,
                userSig: `sig-${student.userId}`,
                expiresAt: options.now() + 86_400_000,
              },
            },
    },
    options.school && schoolStateRoutes(options.school),
  );
  return { request, seen, end: () => void (over = true) };
}
