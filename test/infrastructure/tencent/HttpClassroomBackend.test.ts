import { PortError } from '../../../application/ports/PortError';
import { BACKEND_MESSAGES, BackendFailure } from '../../../infrastructure/shared/http/backendMessages';
import { HttpClassroomBackend } from '../../../infrastructure/shared/http/HttpClassroomBackend';
import { UserSigRenewal } from '../../../infrastructure/shared/http/UserSigRenewal';
import { ManualClock } from '../../../infrastructure/local/ManualClock';
import { MemoryLogger } from '../../../infrastructure/shared/MemoryLogger';
import { Reply, standInRequest } from './support/standInRequest';

const BASE = 'https://school.example/api/lesson';
const CLASS_REPLY = {
  classId: 'math-101',
  title: '函数的单调性',
  teacher: { userId: 't1', name: '王老师' },
  assistants: [{ userId: 'a1', name: '李助教' }],
  stageCapacity: 6,
  trtcRoomId: 1001,
  chatGroupId: 'math-101-chat',
  signalGroupId: 'math-101-signal',
};
const credentialsAt = (expiresAt: number, userSig = `sig-${expiresAt}`) => ({
  sdkAppId: 1400000001,
  userId: 's1',
  userName: '小明',
  userSig,
  expiresAt,
});

function aBackend(routes: Record<string, Reply | (() => Reply)>) {
  const { request, seen } = standInRequest(routes);
  return { backend: new HttpClassroomBackend(request, { baseUrl: `${BASE}/`, sessionToken: () => 'session-s1', timeoutMs: 8000 }), seen };
}

async function failureOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof PortError)) throw new Error(`expected a PortError, got ${String(error)}`);
  return { code: error.code, message: BACKEND_MESSAGES[error.code as BackendFailure] };
}

describe('the school backend over wx.request', () => {
  it('reads class info and credentials by the documented contract', async () => {
    const { backend, seen } = aBackend({
      '/api/lesson/classes/math-101': { statusCode: 200, data: CLASS_REPLY },
      '/api/lesson/classes/math-101/credentials': { statusCode: 200, data: credentialsAt(2_000_000) },
    });
    await expect(backend.classInfo('math-101')).resolves.toEqual({
      classId: 'math-101',
      title: '函数的单调性',
      teacher: { userId: 't1', name: '王老师' },
      assistants: [{ userId: 'a1', name: '李助教' }],
      stageCapacity: 6,
      roomId: '1001',
      chatGroupId: 'math-101-chat',
      signalGroupId: 'math-101-signal',
    });
    await expect(backend.credentials('math-101')).resolves.toEqual(credentialsAt(2_000_000));
    expect(seen.map(({ header, timeout }) => ({ header, timeout }))).toEqual([
      { header: { Authorization: 'Bearer session-s1' }, timeout: 8000 },
      { header: { Authorization: 'Bearer session-s1' }, timeout: 8000 },
    ]);
  });

  it("reads the TRTC scene the teacher's client uses, and refuses one this client cannot use", async () => {
    const { backend } = aBackend({
      '/api/lesson/classes/math-101': { statusCode: 200, data: { ...CLASS_REPLY, trtcScene: 'videocall' } },
      '/api/lesson/classes/math-102': { statusCode: 200, data: { ...CLASS_REPLY, trtcScene: 'rtc' } },
    });
    await expect(backend.classInfo('math-101')).resolves.toMatchObject({ mediaScene: 'videocall' });
    await expect(backend.classInfo('math-102')).rejects.toMatchObject({ code: 'UNKNOWN', message: expect.stringContaining('trtcScene') });
  });

  const failures: [string, Reply, string, string][] = [
    [
      'an unknown class',
      { statusCode: 404, data: { error: 'CLASS_NOT_FOUND' } },
      'CLASS_NOT_FOUND',
      '没有找到这节课，请确认课程链接是否正确',
    ],
    [
      'a student not enrolled',
      { statusCode: 403, data: { error: 'NOT_ENROLLED' } },
      'NOT_ENROLLED',
      '你还没有报名这节课，请联系老师或助教',
    ],
    ['a class that is over', { statusCode: 410, data: { error: 'CLASS_OVER' } }, 'CLASS_OVER', '这节课已经结束了'],
    ['an error code the status does not say', { statusCode: 400, data: { error: 'CLASS_OVER' } }, 'CLASS_OVER', '这节课已经结束了'],
    ['no network', { fail: 'request:fail net::ERR_INTERNET_DISCONNECTED' }, 'NETWORK', '网络连接失败，请检查网络后重试'],
    ['a timeout', { fail: 'request:fail timeout' }, 'TIMEOUT', '服务器响应超时，请稍后重试'],
    ['a server error', { statusCode: 502, data: 'Bad Gateway' }, 'UNKNOWN', '进入课堂失败，请稍后重试'],
    ['a malformed reply', { statusCode: 200, data: { ...CLASS_REPLY, teacher: 't1' } }, 'UNKNOWN', '进入课堂失败，请稍后重试'],
  ];

  it.each(failures)('turns %s into a clear message', async (_, reply, code, message) => {
    const { backend } = aBackend({ '/api/lesson/classes/math-101': reply });
    await expect(failureOf(backend.classInfo('math-101'))).resolves.toEqual({ code, message });
  });

  it('has a Chinese message for every failure it can report', () => {
    for (const message of Object.values(BACKEND_MESSAGES)) expect(message).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe('keeping the UserSig fresh', () => {
  const MINUTE = 60_000;

  it('fetches a new UserSig ten minutes before the old one expires, and again before that one does', async () => {
    const clock = new ManualClock(0);
    let issued = 0;
    const { backend } = aBackend({
      '/api/lesson/classes/math-101/credentials': () => ({
        statusCode: 200,
        data: credentialsAt(clock.now() + 60 * MINUTE, `sig-${++issued}`),
      }),
    });
    const renewal = new UserSigRenewal(backend, clock, new MemoryLogger());
    const renewed: string[] = [];
    renewal.start('math-101', credentialsAt(30 * MINUTE, 'sig-0'), (fresh) => renewed.push(fresh.userSig));

    await clock.advance(20 * MINUTE - 1);
    expect(renewed).toEqual([]);
    await clock.advance(1);
    expect(renewed).toEqual(['sig-1']);
    expect(renewal.credentials?.expiresAt).toBe(80 * MINUTE);
    await clock.advance(50 * MINUTE);
    expect(renewed).toEqual(['sig-1', 'sig-2']);
  });

  it('retries a failed renewal and stops when told to', async () => {
    const clock = new ManualClock(0);
    let up = false;
    const { backend } = aBackend({
      '/api/lesson/classes/math-101/credentials': () =>
        up ? { statusCode: 200, data: credentialsAt(clock.now() + 60 * MINUTE) } : { fail: 'request:fail timeout' },
    });
    const logger = new MemoryLogger();
    const renewal = new UserSigRenewal(backend, clock, logger);
    const renewed: number[] = [];
    renewal.start('math-101', credentialsAt(15 * MINUTE), (fresh) => renewed.push(fresh.expiresAt));
    await clock.advance(5 * MINUTE);
    expect(logger.count('usersig.renew_failed')).toBe(1);
    up = true;
    await clock.advance(30_000);
    expect(renewed).toEqual([5 * MINUTE + 30_000 + 60 * MINUTE]);
    renewal.stop();
    await clock.advance(120 * MINUTE);
    expect(renewed).toHaveLength(1);
  });
});
