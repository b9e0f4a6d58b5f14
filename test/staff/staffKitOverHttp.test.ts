import { StaffKit } from '../../staff/application/StaffKit';
import { StaffError } from '../../staff/application/StaffError';
import { FetchStaffServer } from '../../staff/infrastructure/FetchStaffServer';
import { TimStaffMessaging, WebChatInstance } from '../../staff/infrastructure/TimStaffMessaging';
import { webChatMessageOf } from '../server/support/webChatMessage';
import { TakenMessage } from '../server/support/tencentRestStandIn';
import { aSchoolOverHttp, until } from '../server/support/schoolOverHttp';

type School = Awaited<ReturnType<typeof aSchoolOverHttp>>;

const CONSTANTS = {
  EVENT: { MESSAGE_RECEIVED: 'onMessageReceived', NET_STATE_CHANGE: 'onNetStateChange', SDK_READY: 'sdkStateReady' },
  TYPES: {
    CONV_GROUP: 'GROUP',
    MSG_TEXT: 'TIMTextElem',
    MSG_IMAGE: 'TIMImageElem',
    MSG_CUSTOM: 'TIMCustomElem',
    MSG_GRP_TIP: 'TIMGroupTipElem',
    NET_STATE_CONNECTED: 'connected',
  },
};

/**
 * The teacher's own tim-js-sdk instance, as far as the kit hears it: each message IM took from the
 * school server's REST calls (the loopback stand-in of Tencent's endpoints) reaches it, in the
 * shape the web SDK gives a received custom message.
 */
function teacherChat(school: School): WebChatInstance & { stop(): void; network(up: boolean): void } {
  const handlers = new Set<(event: { data: unknown }) => void>();
  const netHandlers = new Set<(event: { data: unknown }) => void>();
  let handed = 0;
  let up = true;
  const asMessage = (taken: TakenMessage, index: number) => webChatMessageOf(taken, `${taken.groupId}-${index}`);
  const timer = setInterval(() => {
    // While the teacher's network is down, what IM carries never reaches this instance.
    if (!up) return void (handed = school.standIn.messages.length);
    const fresh = school.standIn.messages.slice(handed).map((taken, i) => asMessage(taken, handed + i));
    handed += fresh.length;
    if (fresh.length > 0) for (const handler of [...handlers]) handler({ data: fresh });
  }, 20);
  return {
    on: (event, handler) =>
      void (
        event === CONSTANTS.EVENT.MESSAGE_RECEIVED ? handlers : event === CONSTANTS.EVENT.NET_STATE_CHANGE ? netHandlers : new Set()
      ).add(handler),
    off: (_event, handler) => void (handlers.delete(handler), netHandlers.delete(handler)),
    createTextMessage: (options) => options,
    sendMessage: () => Promise.reject(new Error('not in this test')),
    stop: () => clearInterval(timer),
    network(isUp: boolean) {
      up = isUp;
      for (const handler of [...netHandlers]) handler({ data: { state: isUp ? 'connected' : 'disconnected' } });
    },
  };
}

describe('the staff kit over the real school server (HTTP), hearing IM as a teacher console does', () => {
  let school: School;
  const opened: { kit: StaffKit; chat: { stop(): void } }[] = [];
  const chats: ReturnType<typeof teacherChat>[] = [];
  beforeEach(async () => {
    school = await aSchoolOverHttp();
  });
  afterEach(async () => {
    chats.length = 0;
    for (const { kit, chat } of opened.splice(0)) {
      kit.stop();
      chat.stop();
    }
    await school.stop();
  });

  async function consoleTab(userId = 't1') {
    const token = await school.staffToken(userId);
    const chat = teacherChat(school);
    chats.push(chat);
    const kit = new StaffKit({
      classInfo: { classId: 'math-101', teacherId: 't1', assistantIds: ['a1'], stageCapacity: 6 },
      userId,
      server: new FetchStaffServer({ base: school.url, classId: 'math-101', staffToken: () => token }),
      messaging: new TimStaffMessaging({ chat, constants: CONSTANTS, signalGroupId: 'math-101-signal', chatGroupId: 'math-101-chat' }),
    });
    opened.push({ kit, chat });
    await kit.start();
    return kit;
  }

  it('runs a class: a grant, a hand heard over IM, an invitation accepted and granted, the end', async () => {
    const kit = await consoleTab();
    const hands: string[] = [];
    kit.on('hand', ({ userId, raised }) => hands.push(`${userId}:${raised}`));
    await kit.grant('s2', { mic: true, camera: false });
    expect(await school.call('POST', '/classes/math-101/hand', 's3', { raised: true })).toMatchObject({ status: 200 });
    await until(() => hands.length === 1);
    expect(hands).toEqual(['s3:true']);

    const { seq } = await kit.invite('s1', { mic: false, camera: true }, 30);
    expect(await school.call('POST', '/classes/math-101/invitation', 's1', { seq, accepted: true })).toMatchObject({ status: 200 });
    await until(() => kit.state.stage.some((seat) => seat.userId === 's1'));
    const read = await school.call('GET', '/classes/math-101/state', 's1');
    expect(read.body?.stage).toEqual([
      { userId: 's2', mic: true, camera: false },
      { userId: 's1', mic: false, camera: true },
    ]);
    expect(read.body?.hands).toEqual(['s3']);

    await kit.endClass();
    // The end is final: the kit says so without asking, and a host that asks anyway is refused by the server.
    await expect(kit.muteChat(true)).rejects.toMatchObject({ code: 'CLASS_OVER', beforeSending: true });
    await expect(kit.sendUnchecked({ type: 'muteChat', on: true })).rejects.toMatchObject({ code: 'CLASS_OVER', beforeSending: false });
  });

  it('a reload reads the class back; two tabs are numbered by the server and show the same class', async () => {
    const first = await consoleTab();
    await first.grant('s2', { mic: true, camera: true });
    await first.muteChat(true);
    first.stop();

    const [left, right] = [await consoleTab(), await consoleTab()];
    expect(left.state).toMatchObject({ seq: 2, chatMuted: true, stage: [{ userId: 's2' }] });
    const both = await Promise.all([left.kick('s3'), right.reward('s2')]);
    expect(both.map((stored) => stored.seq).sort()).toEqual([3, 4]);
    await until(() => left.state.seq === 4 && right.state.seq === 4);
    expect(left.state).toEqual(right.state);
    expect(left.state).toMatchObject({ removed: ['s3'], rewards: [{ userId: 's2', count: 1 }] });
  });

  it("the teacher's IM drops in the middle of the lesson: on its return the kit reads what it did not hear", async () => {
    const kit = await consoleTab();
    const assistant = await school.staffToken('a1');
    chats[0].network(false);
    // Meanwhile the assistant grants and a student raises a hand: IM carries both, but not to this teacher.
    await school.call('POST', '/classes/math-101/commands', assistant, { type: 'grant', to: 's2', mic: true, camera: true });
    await school.call('POST', '/classes/math-101/hand', 's3', { raised: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(kit.state.stage).toEqual([]);
    chats[0].network(true);
    await until(() => kit.state.stage.length === 1);
    expect(kit.state).toMatchObject({ seq: 1, stage: [{ userId: 's2', mic: true, camera: true }], hands: ['s3'] });
  });

  it("answers a console on another origin: the browser's preflight, and the answer it may read", async () => {
    const preflight = await fetch(`${school.url}/classes/math-101/commands`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://teach.school.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
    const token = await school.staffToken('t1');
    const read = await fetch(`${school.url}/classes/math-101/state`, {
      headers: { Authorization: `Bearer ${token}`, Origin: 'https://teach.school.example' },
    });
    expect(read.status).toBe(200);
    expect(read.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('a token that is not staff is refused by the server, and shown as not sent', async () => {
    const chat = teacherChat(school);
    const kit = new StaffKit({
      classInfo: { classId: 'math-101', teacherId: 't1', assistantIds: ['a1'] },
      userId: 's1',
      server: new FetchStaffServer({ base: school.url, classId: 'math-101', staffToken: () => 'staff.forged.1.0' }),
      messaging: new TimStaffMessaging({ chat, constants: CONSTANTS, signalGroupId: 'math-101-signal', chatGroupId: 'math-101-chat' }),
    });
    opened.push({ kit, chat });
    const failed: StaffError[] = [];
    kit.on('readFailed', (error) => failed.push(error));
    await kit.start();
    expect(failed.map((error) => error.code)).toEqual(['AUTH']);
    await expect(kit.sendUnchecked({ type: 'muteAll' })).rejects.toMatchObject({ code: 'AUTH' });
  });
});
