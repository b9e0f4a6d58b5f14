import * as http from 'http';
import { AddressInfo } from 'net';
import { createDevServer } from '../../devtools/server/devServer';
import { catalogDirectory } from '../../devtools/server/catalogSchool';
import { StaffTokens } from '../../devtools/server/staffTokens';
import { ManualClock } from '../../infrastructure/local/ManualClock';
import { SchoolServerCore } from '../../server/application/SchoolServerCore';
import { LEAVER_GRACE_MS } from '../../server/application/RemoveLeavers';
import { IM_CALLBACK_PATH, imCallbackSign } from '../../server/http/imCallbackRoute';
import { MemoryClassStore } from '../../server/infrastructure/memory/MemoryClassStore';

const SDK_APP_ID = 1400000001;
const TOKEN = 'console-callback-token';
const catalog = {
  students: new Map([
    ['s1', '小明'],
    ['s2', '小红'],
  ]),
  classes: [
    { classId: 'math-101', teacher: { userId: 't1' }, assistants: [], trtcRoomId: 9, chatGroupId: 'm-chat', signalGroupId: 'm-signal' },
  ],
};

/** IM's console posting a group callback, as Tencent IM's 第三方回调 documents the request. */
function post(
  port: number,
  query: Record<string, string | number>,
  body: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const search = new URLSearchParams(Object.entries(query).map(([key, value]): [string, string] => [key, String(value)])).toString();
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        port,
        method: 'POST',
        path: `${IM_CALLBACK_PATH}?${search}`,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(text);
  });
}

describe("IM's member callbacks on the school server, over HTTP", () => {
  const clock = new ManualClock(1_800_000_000_000);
  let core: SchoolServerCore;
  let server: http.Server;
  let port: number;
  const signed = (command: string, at = clock.now()) => {
    const time = Math.floor(at / 1000);
    return {
      SdkAppid: SDK_APP_ID,
      CallbackCommand: command,
      contenttype: 'json',
      ClientIP: '10.0.0.1',
      OptPlatform: 'RESTAPI',
      RequestTime: time,
      Sign: imCallbackSign(TOKEN, time),
    };
  };
  const exit = (groupId: string, ...ids: string[]) => ({
    CallbackCommand: 'Group.CallbackAfterMemberExit',
    GroupId: groupId,
    Type: 'AVChatRoom',
    ExitType: 'Quit',
    ExitMemberList: ids.map((Member_Account) => ({ Member_Account })),
  });
  const hands = async () =>
    (await core.readState.execute('math-101')).ok &&
    JSON.parse(((await core.readState.execute('math-101')) as { body: string }).body).hands;

  beforeEach(async () => {
    core = new SchoolServerCore({
      directory: catalogDirectory(catalog),
      store: new MemoryClassStore(),
      publisher: { publish: async () => undefined },
      removal: { remove: async () => undefined },
      clock,
      log: { info: () => undefined, warn: () => undefined },
    });
    server = createDevServer({
      catalog,
      now: () => clock.now(),
      school: {
        core,
        tokens: new StaffTokens(Buffer.alloc(32, 7)),
        imCallback: { sdkAppId: SDK_APP_ID, token: TOKEN },
        now: () => clock.now(),
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    await core.hand.execute('math-101', 's1', true);
    await core.hand.execute('math-101', 's2', true);
  });
  afterEach(async () => {
    server.close();
    await core.stop();
  });

  it('takes a leaver out of the hand queue once the grace is over', async () => {
    const answer = await post(port, signed('Group.CallbackAfterMemberExit'), exit('m-signal', 's1'));
    expect(answer).toEqual({ status: 200, body: { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' } });
    await clock.advance(LEAVER_GRACE_MS - 1);
    expect(await hands()).toEqual(['s1', 's2']);
    await clock.advance(1);
    expect(await hands()).toEqual(['s2']);
  });

  it('keeps the place of a student whose join callback comes within the grace (a blip)', async () => {
    await post(port, signed('Group.CallbackAfterMemberExit'), exit('m-signal', 's1'));
    await clock.advance(3_000);
    await post(port, signed('Group.CallbackAfterNewMemberJoin'), { GroupId: 'm-signal', NewMemberList: [{ Member_Account: 's1' }] });
    await clock.advance(LEAVER_GRACE_MS);
    expect(await hands()).toEqual(['s1', 's2']);
  });

  it.each([
    ['without a signature', (query: Record<string, string | number>) => ({ ...query, Sign: undefined })],
    [
      'with a signature made from another token',
      (query: Record<string, string | number>) => ({ ...query, Sign: imCallbackSign('guess', Number(query.RequestTime)) }),
    ],
    ['signed ten minutes ago (a replay)', () => signed('Group.CallbackAfterMemberExit', clock.now() - 10 * 60_000)],
    ['for another SDKAppID', (query: Record<string, string | number>) => ({ ...query, SdkAppid: 1400000002 })],
  ])('refuses a callback %s, and nobody loses their place', async (_, forge) => {
    const query = Object.fromEntries(
      Object.entries(forge(signed('Group.CallbackAfterMemberExit'))).filter(([, value]) => value !== undefined),
    ) as Record<string, string | number>;
    const answer = await post(port, query, exit('m-signal', 's1'));
    expect(answer.status).toBe(403);
    await clock.advance(LEAVER_GRACE_MS);
    expect(await hands()).toEqual(['s1', 's2']);
  });

  it('ignores a leave from a group that is not a class’s signalling group (the chat group, another app’s)', async () => {
    expect((await post(port, signed('Group.CallbackAfterMemberExit'), exit('m-chat', 's1'))).status).toBe(200);
    await clock.advance(LEAVER_GRACE_MS);
    expect(await hands()).toEqual(['s1', 's2']);
  });
});
