import { PortError } from '../../../application/ports/PortError';
import { failureOf } from './parseBackendReply';
import { WxRequest } from './WxRequest';

/** WeChat's own default is 60 s, far longer than a student waits on the join screen. */
const DEFAULT_TIMEOUT_MS = 10_000;

export interface SchoolServer {
  /** e.g. https://school.example/api/lesson — see docs/backend-api.md. */
  readonly baseUrl: string;
  /** The app's own login session, sent as a bearer token; the school server knows the student by it. */
  readonly sessionToken: () => string | undefined;
  readonly timeoutMs?: number;
}

/** One GET to the school server: its JSON body, or a PortError in the classroom's words. */
export function getJson(request: WxRequest, server: SchoolServer, path: string): Promise<unknown> {
  return callJson(request, server, path, 'GET');
}

/** One POST of a JSON body to the school server, answered as a GET is. */
export function postJson(request: WxRequest, server: SchoolServer, path: string, body: unknown): Promise<unknown> {
  return callJson(request, server, path, 'POST', body);
}

function callJson(request: WxRequest, server: SchoolServer, path: string, method: 'GET' | 'POST', body?: unknown): Promise<unknown> {
  const token = server.sessionToken();
  const header: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  if (method === 'POST') header['Content-Type'] = 'application/json';
  return new Promise((resolve, reject) => {
    request({
      url: `${server.baseUrl.replace(/\/+$/, '')}${path}`,
      method,
      header,
      ...(body === undefined ? {} : { data: body }),
      timeout: server.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      dataType: 'json',
      success: ({ statusCode, data }) => {
        const failure = failureOf(statusCode, data);
        if (failure) reject(failure);
        else resolve(data);
      },
      fail: ({ errMsg }) => {
        reject(new PortError(/timeout/i.test(errMsg) ? 'TIMEOUT' : 'NETWORK', `request ${path} failed: ${errMsg}`));
      },
    });
  });
}
