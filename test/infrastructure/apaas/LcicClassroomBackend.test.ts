import { PortError } from '../../../application/ports/PortError';
import { LcicClassroomBackend } from '../../../infrastructure/apaas/LcicClassroomBackend';
import { LCIC_TOKEN_LIFETIME_MS } from '../../../infrastructure/apaas/lcicModels';
import { ManualClock } from '../../../infrastructure/local/ManualClock';
import { Reply, standInRequest } from '../tencent/support/standInRequest';
import { lcicError, SDK_APP_ID, StandInLcicRelay } from './support/standInLcicRelay';

const BASE = 'https://school.example/api/lesson';
const ROOM = 301234567;

function aSchool() {
  const relay = new StandInLcicRelay();
  relay.addUser('t1', '王老师');
  relay.addUser('a1', '李助教');
  relay.addUser('s1', '小明');
  relay.sessions.set('session-s1', 's1');
  relay.addRoom(ROOM);
  return relay;
}

function aBackend(relay: StandInLcicRelay, clock = new ManualClock(1_767_225_000_000), sdkAppId: number | undefined = SDK_APP_ID) {
  const { request, seen } = relay.request();
  const backend = new LcicClassroomBackend(request, clock, { baseUrl: `${BASE}/`, sessionToken: () => 'session-s1', sdkAppId });
  return { backend, seen, clock };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof PortError)) throw new Error(`expected a PortError, got ${String(error)}`);
  return error.code;
}

describe('an LCIC (aPaaS) class through the school server', () => {
  it('maps DescribeRoom and the staff DescribeUser to the class', async () => {
    const { backend } = aBackend(aSchool());
    await expect(backend.classInfo(String(ROOM))).resolves.toEqual({
      classId: '301234567',
      title: '函数的单调性',
      teacher: { userId: 't1', name: '王老师' },
      assistants: [{ userId: 'a1', name: '李助教' }],
      stageCapacity: 6,
      roomId: '301234567',
      chatGroupId: '301234567',
      signalGroupId: '301234567',
    });
  });

  it('maps LoginUser to credentials whose token is good for 7 days from the request', async () => {
    const { backend, seen, clock } = aBackend(aSchool());
    const credentials = await backend.credentials(String(ROOM));
    expect(credentials).toEqual({
      sdkAppId: SDK_APP_ID,
      userId: 's1',
      userName: '小明',
      userSig: 'token-1',
      expiresAt: clock.now() + LCIC_TOKEN_LIFETIME_MS,
    });
    expect(seen[0].header).toEqual({ Authorization: 'Bearer session-s1' });
    await expect(backend.credentials(String(ROOM))).resolves.toMatchObject({ userSig: 'token-2' });
  });

  it('hands over the UserSig the school signed beside the token, with its own expiry, for apps on TRTC and IM', async () => {
    const relay = aSchool();
    relay.userSigsUntil = 1_767_300_000;
    const { request } = relay.request();
    const options = { baseUrl: BASE, sessionToken: () => 'session-s1', sdkAppId: SDK_APP_ID, credentials: 'relayed-usersig' as const };
    const backend = new LcicClassroomBackend(request, new ManualClock(0), options);
    await expect(backend.credentials(String(ROOM))).resolves.toMatchObject({
      userId: 's1',
      userSig: 'sig-s1',
      expiresAt: 1_767_300_000_000,
    });
    relay.userSigsUntil = undefined;
    await expect(backend.credentials(String(ROOM))).rejects.toThrow('the school server relayed a malformed LCIC reply (UserSig)');
  });

  it.each([
    ['ended', 2],
    ['expired', 3],
  ])('says the class is over when the room has %s', async (_, Status) => {
    const relay = aSchool();
    relay.addRoom(ROOM, { Status });
    expect(await codeOf(aBackend(relay).backend.classInfo(String(ROOM)))).toBe('CLASS_OVER');
  });

  it('lets the student in before the class starts and when LCIC gives no status', async () => {
    const relay = aSchool();
    relay.addRoom(ROOM, { Status: 0 });
    relay.addRoom(ROOM + 1, { Status: null });
    const { backend } = aBackend(relay);
    await expect(backend.classInfo(String(ROOM))).resolves.toMatchObject({ title: '函数的单调性' });
    await expect(backend.classInfo(String(ROOM + 1))).resolves.toMatchObject({ title: '函数的单调性' });
  });

  it('does not find a room LCIC does not know, nor a code that is no room id, without asking for the latter', async () => {
    const { backend, seen } = aBackend(aSchool());
    expect(await codeOf(backend.classInfo('404404'))).toBe('CLASS_NOT_FOUND');
    expect(seen).toHaveLength(1);
    for (const code of ['math-101', '0', '007', '4294967296', '']) expect(await codeOf(backend.classInfo(code))).toBe('CLASS_NOT_FOUND');
    expect(seen).toHaveLength(1);
  });

  it('keeps a class whose staff LCIC cannot name, under a role name', async () => {
    const relay = aSchool();
    relay.users.delete('a1');
    relay.addRoom(ROOM, { Assistants: ['a1'], TeacherId: 't9' });
    const info = await aBackend(relay).backend.classInfo(String(ROOM));
    expect([info.teacher, ...info.assistants]).toEqual([
      { userId: 't9', name: '老师' },
      { userId: 'a1', name: '助教' },
    ]);
  });

  it('reads no assistants, and a room with no co-host seats as a stage of one', async () => {
    const relay = aSchool();
    relay.addRoom(ROOM, { Assistants: null, MaxMicNumber: 0 });
    await expect(aBackend(relay).backend.classInfo(String(ROOM))).resolves.toMatchObject({ assistants: [], stageCapacity: 1 });
  });

  it('refuses a student LCIC does not know as not enrolled, and a missing session as AUTH', async () => {
    const relay = aSchool();
    relay.sessions.set('session-s1', 's404');
    expect(await codeOf(aBackend(relay).backend.credentials(String(ROOM)))).toBe('NOT_ENROLLED');
    relay.sessions.clear();
    expect(await codeOf(aBackend(relay).backend.credentials(String(ROOM)))).toBe('AUTH');
  });

  it('refuses a room or a user of another LCIC app', async () => {
    const relay = aSchool();
    const { backend } = aBackend(relay, new ManualClock(0), SDK_APP_ID + 1);
    expect(await codeOf(backend.classInfo(String(ROOM)))).toBe('UNKNOWN');
    expect(await codeOf(backend.credentials(String(ROOM)))).toBe('UNKNOWN');
  });
});

describe('what the relay can get wrong', () => {
  const room = { Name: '函数的单调性', TeacherId: 't1', SdkAppId: SDK_APP_ID, MaxMicNumber: 6, Assistants: [], Status: 1 };
  const broken: [string, unknown, string][] = [
    ['a body that is not an object', 'Bad Gateway', '(relayed room)'],
    ['no DescribeRoom', { DescribeUser: [] }, '(DescribeRoom)'],
    ['a Name that is not text', { DescribeRoom: { ...room, Name: 42 } }, '(Name)'],
    ['a room without a teacher', { DescribeRoom: { ...room, TeacherId: '' } }, '(TeacherId)'],
    ['a string MaxMicNumber', { DescribeRoom: { ...room, MaxMicNumber: '6' } }, '(MaxMicNumber)'],
    ['an unknown Status', { DescribeRoom: { ...room, Status: 7 } }, '(Status 7)'],
    ['Assistants that are not ids', { DescribeRoom: { ...room, Assistants: [{ UserId: 'a1' }] } }, '(Assistants[])'],
    ['DescribeUser that is not a list', { DescribeRoom: room, DescribeUser: { UserId: 't1' } }, '(DescribeUser)'],
    ['an LCIC internal error', { DescribeRoom: lcicError('InternalError', '内部错误。') }, 'DescribeRoom answered InternalError'],
    [
      'the school key refused by LCIC',
      { DescribeRoom: lcicError('AuthFailure.SignatureFailure', 'bad signature') },
      'AuthFailure.SignatureFailure',
    ],
  ];

  it.each(broken)('turns %s into an UNKNOWN PortError that says what was wrong', async (_, data, says) => {
    const { request } = standInRequest({ [`/api/lesson/lcic/rooms/${ROOM}`]: { statusCode: 200, data } });
    const backend = new LcicClassroomBackend(request, new ManualClock(0), { baseUrl: BASE, sessionToken: () => 'session-s1' });
    const error = await backend.classInfo(String(ROOM)).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(PortError);
    expect(error).toMatchObject({ code: 'UNKNOWN', message: expect.stringContaining(says) });
  });

  const login = { UserId: 's1', Token: 'token-1' };
  const user = { SdkAppId: SDK_APP_ID, UserId: 's1', Name: '小明' };
  const brokenLogins: [string, unknown][] = [
    ['no token', { LoginUser: { UserId: 's1' }, DescribeUser: user }],
    ['another user described', { LoginUser: login, DescribeUser: { ...user, UserId: 's2' } }],
    ['no SdkAppId', { LoginUser: login, DescribeUser: { ...user, SdkAppId: undefined } }],
    ['no DescribeUser', { LoginUser: login }],
  ];

  it.each(brokenLogins)('refuses a login with %s', async (_, data) => {
    const { request } = standInRequest({ [`/api/lesson/lcic/rooms/${ROOM}/login`]: { statusCode: 200, data } });
    const backend = new LcicClassroomBackend(request, new ManualClock(0), { baseUrl: BASE, sessionToken: () => 'session-s1' });
    expect(await codeOf(backend.credentials(String(ROOM)))).toBe('UNKNOWN');
  });

  it('names a student LCIC has no name for, and reports network failures as the school backend does', async () => {
    const routes: Record<string, Reply> = {
      [`/api/lesson/lcic/rooms/${ROOM}/login`]: { statusCode: 200, data: { LoginUser: login, DescribeUser: { ...user, Name: '' } } },
      [`/api/lesson/lcic/rooms/${ROOM}`]: { fail: 'request:fail timeout' },
      [`/api/lesson/lcic/rooms/${ROOM + 1}`]: { fail: 'request:fail net::ERR_INTERNET_DISCONNECTED' },
    };
    const backend = new LcicClassroomBackend(standInRequest(routes).request, new ManualClock(0), {
      baseUrl: BASE,
      sessionToken: () => undefined,
    });
    await expect(backend.credentials(String(ROOM))).resolves.toMatchObject({ userName: '同学' });
    expect(await codeOf(backend.classInfo(String(ROOM)))).toBe('TIMEOUT');
    expect(await codeOf(backend.classInfo(String(ROOM + 1)))).toBe('NETWORK');
  });
});
