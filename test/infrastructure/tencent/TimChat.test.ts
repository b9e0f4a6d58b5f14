import { ChatEvent } from '../../../application/ports/ChatPort';
import { ManualClock, settle } from '../../../infrastructure/local/ManualClock';
import { MemoryLogger } from '../../../infrastructure/local/MemoryLogger';
import { TimChat } from '../../../infrastructure/tim-wx/TimChat';
import { TimClassControl } from '../../../infrastructure/tim-wx/TimClassControl';
import { TimSession } from '../../../infrastructure/tim-wx/TimSession';
import { EVENT, incoming, standInTimFactory, TYPES } from './support/StandInTim';

const CHAT = 'math-101-chat';
const SIGNAL = 'math-101-signal';
const LOGIN = { sdkAppId: 1400000001, userId: 's1', userSig: 'sig-s1' };
const uploadPlugin = { name: 'tim-upload-plugin' };

const GROUPS = { [CHAT]: TYPES.GRP_AVCHATROOM as string, [SIGNAL]: TYPES.GRP_AVCHATROOM as string };

function anIm(groups: Record<string, string> = GROUPS, options: { readyOnLogin?: boolean } = {}) {
  const clock = new ManualClock();
  const factory = standInTimFactory(groups, options);
  const session = new TimSession(factory, uploadPlugin, clock);
  const chat = new TimChat(session);
  const control = new TimClassControl(session, new MemoryLogger());
  const events: ChatEvent[] = [];
  chat.subscribe((event) => events.push(event));
  const tim = () => factory.instance!;
  return { clock, factory, session, chat, control, events, tim };
}

async function joined(im = anIm()) {
  await im.chat.login(LOGIN);
  await Promise.all([im.chat.joinChat(CHAT), im.control.join(SIGNAL)]);
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
    expect(events).toEqual([{ type: 'member-count', count: 12 }]);
  });

  it('sends text to the chat group and returns the id the service gave it', async () => {
    const im = await joined();
    const sent = await im.chat.sendText('老师好');
    expect(im.tim().sent).toHaveLength(1);
    expect(im.tim().sent[0]).toMatchObject({ ID: sent.id, to: CHAT, type: TYPES.MSG_TEXT, payload: { text: '老师好' } });
    expect(sent.at).toBe(1_700_000_000_000);
  });

  it('uploads an image through the plugin, reporting progress, and returns its https url', async () => {
    const im = await joined();
    const progress: number[] = [];
    const sent = await im.chat.sendImage({ path: 'wxfile://tmp/board.png', size: 2048, type: 'image/png' }, (percent) => progress.push(percent));
    expect(progress).toEqual([50, 100]);
    expect(sent.imageUrl).toBe('https://im.example/board.png');
  });

  it('receives text and https images from the chat group, and drops images that are not https', async () => {
    const im = await joined();
    im.tim().deliver(
      incoming('t1', CHAT, TYPES.MSG_TEXT as string, { text: '请看黑板' }),
      incoming('s2', CHAT, TYPES.MSG_IMAGE as string, { imageInfoArray: [{ type: 1, url: 'https://cos.example/a.jpg' }] }),
      incoming('s3', CHAT, TYPES.MSG_IMAGE as string, { imageInfoArray: [{ type: 1, url: 'http://cos.example/b.jpg' }] }),
      incoming('t1', SIGNAL, TYPES.MSG_TEXT as string, { text: 'not chat' }),
    );
    expect(im.events).toEqual([
      { type: 'message', message: expect.objectContaining({ from: 't1', text: '请看黑板', at: 1_700_000_000_000 }) },
      { type: 'message', message: expect.objectContaining({ from: 's2', imageUrl: 'https://cos.example/a.jpg' }) },
    ]);
  });

  it('turns group tips into members joining and leaving, with the group size', async () => {
    const im = await joined();
    const tip = (operationType: number, userIDList: string[], memberNum: number) =>
      incoming('@TIM#SYSTEM', CHAT, TYPES.MSG_GRP_TIP as string, { operationType, userIDList, memberNum, groupProfile: { groupID: CHAT } });
    im.tim().deliver(tip(1, ['s4'], 13), tip(2, ['s2'], 12), tip(3, ['s3'], 11));
    expect(im.events).toEqual([
      { type: 'members-joined', userIds: ['s4'], count: 13 },
      { type: 'members-left', userIds: ['s2'], count: 12 },
      { type: 'members-left', userIds: ['s3'], count: 11 },
    ]);
  });

  it('translates being kicked offline and the connection state', async () => {
    const im = await joined();
    for (const type of [TYPES.KICKED_OUT_MULT_ACCOUNT, TYPES.KICKED_OUT_MULT_DEVICE, TYPES.KICKED_OUT_USERSIG_EXPIRED, TYPES.KICKED_OUT_REST_API]) {
      im.tim().emit(EVENT.KICKED_OUT, { type });
    }
    for (const state of [TYPES.NET_STATE_CONNECTING, TYPES.NET_STATE_DISCONNECTED, TYPES.NET_STATE_CONNECTED]) im.tim().emit(EVENT.NET_STATE_CHANGE, { state });
    expect(im.events).toEqual([
      { type: 'kicked-offline', reason: 'multipleAccount' },
      { type: 'kicked-offline', reason: 'multipleAccount' },
      { type: 'kicked-offline', reason: 'userSigExpired' },
      { type: 'kicked-offline', reason: 'other' },
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
});
