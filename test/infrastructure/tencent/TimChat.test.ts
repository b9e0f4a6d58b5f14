import { NO_SCHOOL } from '../../support/noSchool';
import { ChatEvent } from '../../../application/ports/ChatPort';
import { ManualClock, settle } from '../../../infrastructure/local/ManualClock';
import { MemoryLogger } from '../../../infrastructure/shared/MemoryLogger';
import { TimChat } from '../../../infrastructure/tim-wx/TimChat';
import { TimClassControl } from '../../../infrastructure/tim-wx/TimClassControl';
import { TimSession } from '../../../infrastructure/tim-wx/TimSession';
import { EVENT, incoming, serviceImageInfo, standInTimFactory, TYPES } from './support/StandInTim';

const CHAT = 'math-101-chat';
const SIGNAL = 'math-101-signal';
const LOGIN = { sdkAppId: 1400000001, userId: 's1', userSig: 'sig-s1' };
const uploadPlugin = { name: 'tim-upload-plugin' };

const GROUPS = { [CHAT]: TYPES.GRP_AVCHATROOM as string, [SIGNAL]: TYPES.GRP_AVCHATROOM as string };

function anIm(groups: Record<string, string> = GROUPS, options: { readyOnLogin?: boolean; online?: (groupId: string) => number } = {}) {
  const clock = new ManualClock(1_700_000_000_000);
  const factory = standInTimFactory(groups, { ...options, clockMs: () => clock.now() });
  const session = new TimSession(factory, uploadPlugin, clock);
  const chat = new TimChat(session, clock);
  const control = new TimClassControl(session, NO_SCHOOL, new MemoryLogger());
  const events: ChatEvent[] = [];
  chat.subscribe((event) => events.push(event));
  const tim = () => factory.instance!;
  return { clock, factory, session, chat, control, events, tim };
}

async function joined(im = anIm()) {
  await im.chat.login(LOGIN);
  await Promise.all([im.chat.joinChat(CHAT), im.control.join('math-101', SIGNAL)]);
  await settle();
  im.events.length = 0;
  return im;
}

describe('Tencent IM chat and signalling on one TIM instance', () => {
  it('joins the chat and the signalling group together, and neither is quit', async () => {
    const im = await joined();
    expect(im.tim().options).toEqual({ SDKAppID: 1400000001, unlimitedAVChatRoom: true });
    expect([...im.tim().joined].sort()).toEqual([CHAT, SIGNAL]);
  });

  it('needs unlimitedAVChatRoom: the stand-in, like the SDK, quits the first AVChatRoom without it', async () => {
    const factory = standInTimFactory(GROUPS);
    const tim = factory.create({ SDKAppID: 1400000001, unlimitedAVChatRoom: false });
    await tim.login({ userID: 's1', userSig: 'sig-s1' });
    await tim.joinGroup({ groupID: CHAT });
    await tim.joinGroup({ groupID: SIGNAL });
    expect([...factory.instance!.joined]).toEqual([SIGNAL]);
  });

  it('waits for SDK_READY before logging in is done, and gives up after 15 s without it', async () => {
    const im = anIm(GROUPS, { readyOnLogin: false });
    let loggedIn = false;
    const login = im.chat.login(LOGIN).then(() => (loggedIn = true));
    await settle();
    expect(loggedIn).toBe(false);
    im.tim().becomeReady();
    await login;
    expect(loggedIn).toBe(true);

    const never = anIm(GROUPS, { readyOnLogin: false });
    const waiting = never.chat.login(LOGIN).catch((error) => error.code);
    await never.clock.advance(14_999);
    await expect(Promise.race([waiting, settle().then(() => 'still waiting')])).resolves.toBe('still waiting');
    await never.clock.advance(1);
    await expect(waiting).resolves.toBe('TIMEOUT');
  });

  it('refuses a bad signature as an AUTH failure', async () => {
    const im = anIm();
    await expect(im.chat.login({ ...LOGIN, userSig: 'forged' })).rejects.toMatchObject({ code: 'AUTH' });
  });

  it('reports the member count the service gives on joining', async () => {
    const im = anIm();
    const events: ChatEvent[] = [];
    im.chat.subscribe((event) => events.push(event));
    await im.chat.login(LOGIN);
    await im.chat.joinChat(CHAT);
    await settle();
    expect(events).toEqual([{ type: 'member-count', count: 12 }]);
  });

  it('sends text to the chat group and returns the id the service gave it', async () => {
    const im = await joined();
    const sent = await im.chat.sendText('老师好');
    expect(im.tim().sent).toHaveLength(1);
    expect(im.tim().sent[0]).toMatchObject({ ID: sent.id, to: CHAT, type: TYPES.MSG_TEXT, payload: { text: '老师好' } });
    expect(sent.at).toBe(1_700_000_000_000);
  });

  it('uploads an image through the plugin, reporting progress, and returns the uploaded 720 px address, not the local path the SDK keeps in url', async () => {
    const im = await joined();
    const progress: number[] = [];
    const sent = await im.chat.sendImage({ path: 'wxfile://tmp/board.png', size: 2048, type: 'image/png' }, (percent) =>
      progress.push(percent),
    );
    expect(progress).toEqual([50, 100]);
    expect(im.tim().sent[0].payload.imageInfoArray).toEqual([
      expect.objectContaining({ type: 0, url: 'wxfile://tmp/board.png' }),
      expect.objectContaining({ type: 1, url: 'wxfile://tmp/board.png' }),
      expect.objectContaining({ type: 2, url: 'wxfile://tmp/board.png' }),
    ]);
    expect(sent.imageUrl).toBe('https://cos.example/im/board.png?imageView2/3/w/720/h/720');
    expect(sent.thumbUrl).toBe('https://cos.example/im/board.png?imageView2/3/w/198/h/198');
  });

  it('receives text and images from the chat group (the SDK serves every picture over https)', async () => {
    const im = await joined();
    im.tim().deliver(
      incoming('t1', CHAT, TYPES.MSG_TEXT as string, { text: '请看黑板' }),
      incoming('s2', CHAT, TYPES.MSG_IMAGE as string, { imageInfoArray: serviceImageInfo('https://cos.example/a.jpg') }),
      incoming('s3', CHAT, TYPES.MSG_IMAGE as string, { imageInfoArray: serviceImageInfo('http://cos.example/b.jpg') }),
      incoming('t1', SIGNAL, TYPES.MSG_TEXT as string, { text: 'not chat' }),
    );
    expect(im.events).toEqual([
      { type: 'message', message: expect.objectContaining({ from: 't1', text: '请看黑板', at: 1_700_000_000_000 }) },
      { type: 'message', message: expect.objectContaining({ from: 's2', imageUrl: 'https://cos.example/a.jpg?imageView2/3/w/720/h/720' }) },
      // ImageElem._autoFixUrl rewrites an http address to https in imageUrl.
      { type: 'message', message: expect.objectContaining({ from: 's3', imageUrl: 'https://cos.example/b.jpg?imageView2/3/w/720/h/720' }) },
    ]);
  });

  it('drops a picture with no https address at all', async () => {
    const im = await joined();
    im.tim().deliver(
      incoming('s3', CHAT, TYPES.MSG_IMAGE as string, { imageInfoArray: [{ type: 1, size: 1, width: 0, height: 0, url: '' }] }),
    );
    expect(im.events).toEqual([]);
  });

  it('previews the 720 px picture, which the SDK numbers type 2 after swapping the entries, and shows the 198 px thumbnail, type 1, in the line', async () => {
    const im = await joined();
    const received = incoming('s2', CHAT, TYPES.MSG_IMAGE as string, {
      imageInfoArray: serviceImageInfo('https://cos.example/c.jpg', 3000, 2000),
    });
    expect((received.payload.imageInfoArray as { type: number; width: number }[]).map(({ type, width }) => ({ type, width }))).toEqual([
      { type: 0, width: 3000 },
      { type: 1, width: 297 },
      { type: 2, width: 1080 },
    ]);
    im.tim().deliver(received);
    expect(im.events).toEqual([
      {
        type: 'message',
        message: expect.objectContaining({
          imageUrl: 'https://cos.example/c.jpg?imageView2/3/w/720/h/720',
          thumbUrl: 'https://cos.example/c.jpg?imageView2/3/w/198/h/198',
        }),
      },
    ]);
  });

  it('falls back to the original, then the thumbnail, when the 720 px entry has no address', async () => {
    const im = await joined();
    const [original, large, small] = serviceImageInfo('https://cos.example/d.jpg');
    const noLarge = incoming('s2', CHAT, TYPES.MSG_IMAGE as string, { imageInfoArray: [original, { ...large, url: '' }, small] });
    const onlySmall = incoming('s2', CHAT, TYPES.MSG_IMAGE as string, {
      imageInfoArray: [{ ...original, url: '' }, { ...large, url: '' }, small],
    });
    im.tim().deliver(noLarge, onlySmall);
    expect(im.events.map((event) => (event as { message: { imageUrl: string } }).message.imageUrl)).toEqual([
      'https://cos.example/d.jpg',
      'https://cos.example/d.jpg?imageView2/3/w/198/h/198',
    ]);
  });

  it('in a group that is not live, takes the size from the join reply and the tips', async () => {
    const im = anIm({ [CHAT]: TYPES.GRP_PUBLIC as string, [SIGNAL]: TYPES.GRP_PUBLIC as string });
    await im.chat.login(LOGIN);
    await im.chat.joinChat(CHAT);
    await settle();
    const tip = (operationType: number, userIDList: string[], memberNum: number) =>
      incoming('@TIM#SYSTEM', CHAT, TYPES.MSG_GRP_TIP as string, { operationType, userIDList, memberNum, groupProfile: { groupID: CHAT } });
    im.tim().deliver(tip(1, ['s4'], 13), tip(2, ['s2'], 12), tip(3, ['s3'], 11));
    expect(im.events).toEqual([
      { type: 'member-count', count: 12 },
      { type: 'members-joined', userIds: ['s4'], count: 13 },
      { type: 'members-left', userIds: ['s2'], count: 12 },
      { type: 'members-left', userIds: ['s3'], count: 11 },
    ]);
  });

  it('in a live group, counts who is online as the SDK tracks it, after each tip and within its throttle', async () => {
    let online = 12;
    const im = anIm(GROUPS, { online: () => online });
    await im.chat.login(LOGIN);
    await im.chat.joinChat(CHAT);
    await settle();
    // A live group's tip carries the online count in onlineMemberInfo, which the SDK keeps to itself.
    const joinTip = (userId: string) =>
      incoming('@TIM#SYSTEM', CHAT, TYPES.MSG_GRP_TIP as string, {
        operationType: 1,
        userIDList: [userId],
        groupProfile: { groupID: CHAT },
        onlineMemberInfo: { onlineMemberNum: online, expireTime: 60 },
      });
    online = 13;
    im.tim().deliver(joinTip('s4'));
    await settle();
    expect(im.events).toEqual([
      { type: 'member-count', count: 12 },
      { type: 'members-joined', userIds: ['s4'] },
      { type: 'member-count', count: 13 },
    ]);
    // Three leave without a tip (a big live group sends few): the SDK asks again once its count expires.
    online = 10;
    await im.clock.advance(30_000);
    expect(im.events.at(-1)).toEqual({ type: 'member-count', count: 13 });
    await im.clock.advance(60_000);
    expect(im.events.at(-1)).toEqual({ type: 'member-count', count: 10 });
    await im.chat.leaveChat();
  });

  it('translates being kicked offline and the connection state', async () => {
    const im = await joined();
    for (const type of [
      TYPES.KICKED_OUT_MULT_ACCOUNT,
      TYPES.KICKED_OUT_MULT_DEVICE,
      TYPES.KICKED_OUT_USERSIG_EXPIRED,
      TYPES.KICKED_OUT_REST_API,
    ]) {
      im.tim().kick(type);
    }
    for (const state of [TYPES.NET_STATE_CONNECTING, TYPES.NET_STATE_DISCONNECTED, TYPES.NET_STATE_CONNECTED])
      im.tim().emit(EVENT.NET_STATE_CHANGE, { state });
    expect(im.events).toEqual([
      { type: 'kicked-offline', reason: 'multipleAccount' },
      { type: 'kicked-offline', reason: 'multipleAccount' },
      { type: 'kicked-offline', reason: 'userSigExpired' },
      { type: 'kicked-offline', reason: 'removedByServer' },
      { type: 'connection', state: 'reconnecting' },
      { type: 'connection', state: 'disconnected' },
      { type: 'connection', state: 'connected' },
    ]);
  });

  it('leaves both groups and logs out when the lesson is over', async () => {
    const im = await joined();
    await im.control.leave();
    await im.chat.leaveChat();
    expect(im.tim().joined.size).toBe(0);
    await im.chat.logout();
    await expect(im.chat.sendText('还在吗')).rejects.toMatchObject({ code: 'NOT_CONNECTED' });
  });

  it('logs in again without a second SDK_READY: the SDK answers a repeated login with repeatLogin', async () => {
    const im = await joined();
    const ready: unknown[] = [];
    im.tim().on(EVENT.SDK_READY, (event) => ready.push(event));
    await expect(Promise.race([im.chat.login(LOGIN).then(() => 'in'), settle().then(() => 'still waiting')])).resolves.toBe('in');
    expect(ready).toEqual([]);
    await expect(im.chat.sendText('还在')).resolves.toMatchObject({ id: expect.any(String) });
  });

  it('after an expired signature kicks it out, logs in and joins again, as the SDK dropped the groups', async () => {
    const im = await joined();
    im.tim().kick(TYPES.KICKED_OUT_USERSIG_EXPIRED);
    expect(im.tim().joined.size).toBe(0);
    await im.chat.login(LOGIN);
    await Promise.all([im.chat.joinChat(CHAT), im.control.join('math-101', SIGNAL)]);
    await expect(im.chat.sendText('我回来了')).resolves.toMatchObject({ id: expect.any(String) });
  });

  it("turns the SDK validator's synchronous throw into a PortError, with what the SDK said", async () => {
    const im = await joined();
    await expect(im.chat.sendText('')).rejects.toMatchObject({
      name: 'PortError',
      code: 'UNKNOWN',
      message: expect.stringContaining('Params validate failed'),
    });
    expect(im.tim().sent).toEqual([]);
  });

  it("keeps the SDK's error object (code, message, data) as the cause of a refused login", async () => {
    const im = anIm();
    const error = await im.chat.login({ ...LOGIN, userSig: 'forged' }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'AUTH', cause: { code: 70003, data: {} } });
  });

  it('counts who is online again after the connection drops and the group answers AlreadyInGroup without a count', async () => {
    let online = 12;
    const im = anIm(GROUPS, { online: () => online });
    await im.chat.login(LOGIN);
    await im.chat.joinChat(CHAT);
    await settle();
    im.tim().emit(EVENT.NET_STATE_CHANGE, { state: TYPES.NET_STATE_DISCONNECTED });
    online = 30;
    await im.clock.advance(61_000);
    im.tim().emit(EVENT.NET_STATE_CHANGE, { state: TYPES.NET_STATE_CONNECTED });
    await im.chat.login(LOGIN);
    await im.chat.joinChat(CHAT);
    await settle();
    expect(im.events.filter((event) => event.type === 'member-count').at(-1)).toEqual({ type: 'member-count', count: 30 });
    await im.chat.leaveChat();
  });
});
