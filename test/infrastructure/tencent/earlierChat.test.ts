import { TimMessage } from '../../../infrastructure/tim-wx/TimSdk';
import { settle } from '../../../infrastructure/local/ManualClock';
import { aTencentLesson, CLASS } from './support/tencentLesson';
import { EVENT, incoming, TYPES } from './support/StandInTim';

/**
 * Earlier chat on the Tencent adapters: tim-wx-sdk 2.27.6 hands a live group's history for new
 * members as an unmarked MESSAGE_RECEIVED batch before joinGroup resolves; the stand-in does the same.
 */
/** The phone's clock as the student joins: after the history was sent. */
const JOINED_AT = 1_699_999_500_900;

describe('earlier chat on Tencent IM', () => {
  let history: TimMessage[];
  let lesson: ReturnType<typeof aTencentLesson>;
  const said = (from: string, text: string, time: number) => incoming(from, CLASS.chatGroupId, TYPES.MSG_TEXT as string, { text }, time);
  const lines = () => lesson.view().chat.map(({ from, text, earlier }) => ({ from, text, ...(earlier ? { earlier } : {}) }));

  beforeEach(() => {
    history = [said('t1', '上课了', 1_699_999_000), said('s2', '老师好', 1_699_999_100)];
    lesson = aTencentLesson({ chatHistory: () => history, startAt: JOINED_AT });
  });
  afterEach(() => lesson.uninstall());

  it('shows the history the group hands a late joiner, in order and marked earlier, and live messages after it unmarked', async () => {
    await lesson.join();
    lesson.tim().deliver(said('t1', '小明来了', 1_700_000_000));
    await settle();
    expect(lines()).toEqual([
      { from: 't1', text: '上课了', earlier: true },
      { from: 's2', text: '老师好', earlier: true },
      { from: 't1', text: '小明来了' },
    ]);
  });

  it('after the network drops and the SDK logs in and joins again, the history handed again adds only what was missed, unmarked', async () => {
    await lesson.join();
    lesson.tim().emit(EVENT.NET_STATE_CHANGE, { state: TYPES.NET_STATE_DISCONNECTED });
    const missed = said('t1', '断线时说的', 1_700_000_100);
    history = [...history, missed];
    // The drop outlasted the SDK: it signs in again, and joining the groups again hands the history again.
    lesson.tim().kick(TYPES.KICKED_OUT_USERSIG_EXPIRED);
    await lesson.clock.advance(2_000);
    await settle();
    expect(lesson.view().status).not.toBe('reconnecting');
    expect(lines()).toEqual([
      { from: 't1', text: '上课了', earlier: true },
      { from: 's2', text: '老师好', earlier: true },
      { from: 't1', text: '断线时说的' },
    ]);
  });

  it('with no history for new members, a line pushed during the join is not taken for it', async () => {
    history = [];
    // Pushed in the next second, while the join's answer is on its way.
    const live = said('t1', '欢迎', Math.floor(JOINED_AT / 1000) + 1);
    lesson.uninstall();
    lesson = aTencentLesson({
      chatHistory: () => {
        void Promise.resolve().then(() => lesson.tim().deliver(live));
        return [];
      },
      startAt: JOINED_AT,
    });
    await lesson.join();
    await settle();
    expect(lines()).toEqual([{ from: 't1', text: '欢迎' }]);
  });
});
