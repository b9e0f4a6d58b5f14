import { TimMessage } from '../../../infrastructure/tim-wx/TimSdk';
import { settle } from '../../../infrastructure/local/ManualClock';
import { aTencentLesson, CLASS } from './support/tencentLesson';
import { incoming, TYPES } from './support/StandInTim';

/**
 * A hole in the chat group's numbering on Tencent IM: tim-wx-sdk 2.27.6 numbers a live group's
 * messages (`sequence`) and notes a skip as maybe lost; the student's chat marks it.
 */
describe('missed chat on Tencent IM', () => {
  let lesson: ReturnType<typeof aTencentLesson>;
  const said = (from: string, text: string, sequence?: number): TimMessage => {
    const message = incoming(from, CLASS.chatGroupId, TYPES.MSG_TEXT as string, { text }, Math.floor(lesson.clock.now() / 1000));
    if (sequence !== undefined) (message as { sequence?: number }).sequence = sequence;
    return message;
  };
  const lines = () => lesson.view().chat.map((line) => (line.gap ? 'GAP' : `${line.from}:${line.text}`));

  beforeEach(() => {
    lesson = aTencentLesson();
  });
  afterEach(() => lesson.uninstall());

  it('marks where numbers were skipped, and a repeat or a late line fills in without a mark', async () => {
    await lesson.join();
    const second = said('t1', '第二句', 12);
    lesson.tim().deliver(said('t1', '第一句', 11), second);
    lesson.tim().deliver(said('t1', '第五句', 15));
    // The same message again, and one that was only late: each goes where the group numbered it.
    lesson.tim().deliver(second, said('s2', '第三句晚到', 13));
    await settle();
    expect(lines()).toEqual(['t1:第一句', 't1:第二句', 's2:第三句晚到', 'GAP', 't1:第五句']);
  });

  it('my own line, numbered on sending, is no hole for the next line from others', async () => {
    await lesson.join();
    lesson.tim().deliver(said('t1', '提问', 20));
    await settle();
    expect((await lesson.app.sendText.execute('我来回答')).ok).toBe(true);
    lesson.tim().deliver(said('t1', '很好', 22));
    await settle();
    expect(lines()).toEqual(['t1:提问', 's1:我来回答', 't1:很好']);
  });

  it('my line takes the service’s time and number: a teacher’s line numbered after it stays after it, though IM times tie', async () => {
    await lesson.join();
    await lesson.clock.advance(1_000 - (lesson.clock.now() % 1_000) + 700);
    expect((await lesson.app.sendText.execute('我先说')).ok).toBe(true);
    const mine = lesson.tim().sent[lesson.tim().sent.length - 1].sequence ?? 0;
    lesson.tim().deliver(said('t1', '老师后说', mine + 1));
    await settle();
    expect(lines()).toEqual(['s1:我先说', 't1:老师后说']);
  });
});
