import { RESUME_REACH } from '../../infrastructure/local/LiveGroupPolls';
import { aLesson, Lesson, ME } from '../support/lessonHarness';

/**
 * Chat sent while the student's messaging is down: a live group's poll resumes on return and
 * picks up what it missed, within the service's reach; what never comes is marked where it is
 * missing (可能错过了部分消息), and the card says so instead of counting 0.
 */
// The whole chat the student holds; the view shows a window of it (ChatWindow).
const said = (lesson: Lesson) =>
  lesson.classroom().chat.messages.map((line) => (line.gap ? 'GAP' : `${line.from}:${line.text ?? '[图片]'}`));

async function lessonUnderWay(): Promise<Lesson> {
  const lesson = aLesson();
  lesson.teacher.camera(true);
  await lesson.join();
  lesson.teacher.chat({ text: '上课了' });
  await lesson.settle();
  return lesson;
}

async function dropFor(lesson: Lesson, ms: number, meanwhile: () => void, resume = true): Promise<void> {
  lesson.hub.im.setOnline(ME, false);
  meanwhile();
  await lesson.clock.advance(ms);
  lesson.hub.im.setOnline(ME, true, { resume });
  await lesson.settle();
}

describe('chat missed while messaging was down', () => {
  it('comes on return, in the order it was sent, once each, and the card counts it', async () => {
    const lesson = await lessonUnderWay();
    await dropFor(lesson, 19_000, () => {
      lesson.teacher.chat({ text: '请读第一段' });
      lesson.classmate('s2').chat({ text: '老师我读完了' });
    });
    lesson.hub.im.redeliver(lesson.info.chatGroupId, 2);
    await lesson.settle();
    expect(said(lesson)).toEqual(['t1:上课了', 't1:请读第一段', 's2:老师我读完了']);
    expect(lesson.view().recap?.messages).toBe(2);
  });

  it('beyond the service’s reach: the newest lines come, below a mark where the older ones are missing', async () => {
    const lesson = await lessonUnderWay();
    lesson.hub.im.setOnline(ME, false);
    // Thirty lines a second, under IM's group limit.
    for (let i = 1; i <= RESUME_REACH + 5; i++) {
      lesson.classmate('s2').chat({ text: `第${i}条` });
      await lesson.clock.advance(33);
    }
    await lesson.clock.advance(10_000);
    lesson.hub.im.setOnline(ME, true);
    await lesson.settle();
    const lines = said(lesson);
    expect(lines.slice(0, 3)).toEqual(['t1:上课了', 'GAP', 's2:第6条']);
    expect(lines.filter((line) => line.startsWith('s2:'))).toHaveLength(RESUME_REACH);
    expect(lesson.view().recap?.messages).toBe('unknown');
  });

  it('a drop that outlived the poll: nothing comes back, and the first line after it shows the hole', async () => {
    const lesson = await lessonUnderWay();
    await dropFor(lesson, 15_000, () => lesson.teacher.chat({ text: '这句你们听不到' }), false);
    expect(said(lesson)).toEqual(['t1:上课了']);
    expect(lesson.view().recap).toBeNull();
    lesson.teacher.chat({ text: '继续上课' });
    await lesson.settle();
    expect(said(lesson)).toEqual(['t1:上课了', 'GAP', 't1:继续上课']);
    // Shown within the return's settling time: the card says messages may be missing.
    expect(lesson.view().recap).toEqual({ messages: 'unknown', changes: [] });
  });

  it('the SDK that gave up and was never told the network came back misses lines, and the next one shows it', async () => {
    const lesson = await lessonUnderWay();
    lesson.hub.im.setOnline(ME, false, { silently: true });
    lesson.teacher.chat({ text: '断线时说的' });
    lesson.hub.im.setOnline(ME, true, { silently: true });
    lesson.teacher.chat({ text: '接着说' });
    await lesson.settle();
    expect(said(lesson)).toEqual(['t1:上课了', 'GAP', 't1:接着说']);
  });

  it('a hole that only my own line revealed is marked at the next line from others', async () => {
    const lesson = await lessonUnderWay();
    lesson.hub.im.setOnline(ME, false, { silently: true });
    lesson.teacher.chat({ text: '断线时说的' });
    lesson.hub.im.setOnline(ME, true, { silently: true });
    await lesson.app.sendText.execute('我回来了');
    lesson.teacher.chat({ text: '欢迎' });
    await lesson.settle();
    expect(said(lesson)).toEqual(['t1:上课了', `${ME}:我回来了`, 'GAP', 't1:欢迎']);
  });

  it('a late joiner is not shown a hole for what was said before they came, and lines after the join flow on', async () => {
    const lesson = aLesson();
    lesson.teacher.chat({ text: '来之前说的' });
    lesson.teacher.chat({ text: '也是之前' });
    await lesson.join();
    lesson.teacher.chat({ text: '欢迎' });
    lesson.classmate('s2').chat({ text: '你好' });
    await lesson.settle();
    expect(said(lesson)).toEqual(['t1:欢迎', 's2:你好']);
  });
});
