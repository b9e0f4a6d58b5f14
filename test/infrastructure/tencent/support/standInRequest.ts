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
