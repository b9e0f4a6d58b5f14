import { createHash, timingSafeEqual } from 'crypto';
import { SchoolServerCore } from '../application/SchoolServerCore';
import { SchoolReply, SchoolRequest } from './stateRoutes';

/** The path IM's console is given as the callback URL, below the API's base. */
export const IM_CALLBACK_PATH = '/im/callback';

/** A signed callback older or newer than this is refused, so a captured one cannot be replayed later. */
const SIGN_WINDOW_MS = 5 * 60_000;

export interface ImCallbackOptions {
  readonly sdkAppId: number;
  /** The callback authentication token set in the IM console; without one, callbacks are not signed. */
  readonly token?: string;
  /** The class whose signalling group this is; undefined for any other group. */
  readonly classOfGroup: (groupId: string) => string | undefined;
  readonly now: () => number;
}

const OK: SchoolReply = { status: 200, body: JSON.stringify({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' }) };
const refuse = (status: number, info: string): SchoolReply => ({
  status,
  body: JSON.stringify({ ActionStatus: 'FAIL', ErrorCode: 1, ErrorInfo: info }),
});

/**
 * IM's third-party callbacks for the class's signalling group (Tencent IM, 第三方回调): after a
 * member leaves (`Group.CallbackAfterMemberExit`, `ExitMemberList`) and after members join
 * (`Group.CallbackAfterNewMemberJoin`, `NewMemberList`). IM posts to the URL with `SdkAppid`,
 * `CallbackCommand` and, when the console sets an authentication token, `RequestTime` (seconds)
 * and `Sign` = SHA-256 hex of token + RequestTime. The answer is IM's `{ActionStatus, ErrorCode,
 * ErrorInfo}`; an after-callback's answer changes nothing on IM's side.
 */
export function imCallbackRoute(core: SchoolServerCore, options: ImCallbackOptions) {
  return (request: SchoolRequest): SchoolReply | undefined => {
    if (request.path !== IM_CALLBACK_PATH) return undefined;
    if (request.method !== 'POST') return { ...refuse(405, 'POST only'), headers: { Allow: 'POST' } };
    if (request.query.SdkAppid !== String(options.sdkAppId)) return refuse(403, 'another SDKAppID');
    if (options.token !== undefined && !signed(request.query, options.token, options.now())) return refuse(403, 'bad signature');
    const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;
    const classId = typeof body.GroupId === 'string' ? options.classOfGroup(body.GroupId) : undefined;
    if (!classId) return OK;
    const command = request.query.CallbackCommand;
    if (command === 'Group.CallbackAfterMemberExit') for (const id of members(body.ExitMemberList)) core.leavers.left(classId, id);
    if (command === 'Group.CallbackAfterNewMemberJoin') for (const id of members(body.NewMemberList)) core.leavers.back(classId, id);
    return OK;
  };
}

function members(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.map((entry) => (entry as { Member_Account?: unknown })?.Member_Account).filter((id): id is string => typeof id === 'string');
}

function signed(query: SchoolRequest['query'], token: string, now: number): boolean {
  const time = Number(query.RequestTime);
  const sign = query.Sign ?? '';
  if (!Number.isSafeInteger(time) || Math.abs(now - time * 1000) > SIGN_WINDOW_MS || !/^[0-9a-f]{64}$/i.test(sign)) return false;
  const expected = createHash('sha256').update(`${token}${query.RequestTime}`).digest();
  return timingSafeEqual(expected, Buffer.from(sign, 'hex'));
}

/** What IM's console signs a callback with, for a caller that stands in for IM. */
export function imCallbackSign(token: string, requestTime: number): string {
  return createHash('sha256').update(`${token}${requestTime}`).digest('hex');
}
