import { ClassInfo } from '../../../../application/ports/ClassroomBackendPort';
import { WxRequest, WxRequestOptions } from '../../../../infrastructure/shared/http/WxRequest';

export type Reply = { statusCode: number; data: unknown } | { fail: string };

/** wx.request answered by a route table, as the school backend would answer. */
export function standInRequest(routes: Record<string, Reply | ((options: WxRequestOptions) => Reply)>) {
  const seen: WxRequestOptions[] = [];
  const request: WxRequest = (options) => {
    seen.push(options);
    const path = new URL(options.url).pathname;
    const route = routes[path];
    const reply = typeof route === 'function' ? route(options) : (route ?? { statusCode: 404, data: { error: 'CLASS_NOT_FOUND' } });
    if ('fail' in reply) options.fail({ errMsg: reply.fail });
    else options.success(reply);
  };
  return { request, seen };
}

/**
 * The school server of docs/backend-api.md for one class and one student: class info (with the
 * TRTC room number the family enters) and credentials, both answering 410 CLASS_OVER once `end()`.
 */
export function standInSchoolServer(
  info: ClassInfo,
  student: { readonly userId: string; readonly name: string },
  options: { readonly sdkAppId: number; readonly trtcRoomId: number; readonly now: () => number },
) {
  let over = false;
  const classOver: Reply = { statusCode: 410, data: { error: 'CLASS_OVER' } };
  const { request, seen } = standInRequest({
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
  });
  return { request, seen, end: () => void (over = true) };
}
