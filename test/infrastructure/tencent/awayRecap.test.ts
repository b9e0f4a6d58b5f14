import { settle } from '../../../infrastructure/local/ManualClock';
import { aTencentLesson, CLASS } from './support/tencentLesson';
import { EVENT, incoming, TYPES } from './support/StandInTim';

/** The "while you were away" card on the Tencent adapters: WeChat's app hide and show, TIM's connection. */
describe('the away recap on Tencent IM and WeChat', () => {
  let lesson: ReturnType<typeof aTencentLesson>;
  const chat = (from: string, text: string) => lesson.tim().deliver(incoming(from, CLASS.chatGroupId, TYPES.MSG_TEXT as string, { text }));
  beforeEach(() => (lesson = aTencentLesson()));
  afterEach(() => lesson.uninstall());

  it('back from the background: the messages that arrived and the grant and mute the staff sent meanwhile', async () => {
    await lesson.join();
    lesson.phone.goBackground();
    chat('t1', '看黑板');
    lesson.command('t1', { type: 'grant', to: 's1', mic: true, camera: false });
    lesson.command('t1', { type: 'muteChat', on: true });
    await settle();
    lesson.phone.comeBack();
    await lesson.clock.advance(0);
    expect(lesson.view().recap).toEqual({ messages: 1, changes: ['on-stage', 'chat-muted'] });
  });

  it('after a drop of 10 s or more, what the catch-up read from the stored state', async () => {
    await lesson.join();
    // The SDK keeps trying by itself (connecting) and gets through 12 s later.
    lesson.tim().emit(EVENT.NET_STATE_CHANGE, { state: TYPES.NET_STATE_CONNECTING });
    await settle();
    expect(lesson.view().status).toBe('reconnecting');
    lesson.commandMissed('t1', { type: 'muteChat', on: true });
    await lesson.clock.advance(12_000);
    lesson.tim().emit(EVENT.NET_STATE_CHANGE, { state: TYPES.NET_STATE_CONNECTED });
    await lesson.clock.advance(0);
    expect(lesson.view()).toMatchObject({ status: 'waiting', chatMuted: true, recap: { messages: 0, changes: ['chat-muted'] } });
  });
});
