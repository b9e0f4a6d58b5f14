import { aLesson, Lesson, ME } from '../support/lessonHarness';

/** A student who arrives late sees what was said before they came, marked as earlier, once each. */
function aLessonWithHistory(count: number): Lesson {
  const lesson = aLesson();
  lesson.hub.im.setHistoryForNewMembers(lesson.info.chatGroupId, count);
  return lesson;
}

const lines = (lesson: Lesson) => lesson.view().chat.map(({ from, text, earlier }) => ({ from, text, ...(earlier ? { earlier } : {}) }));

describe('earlier chat for a student who joins a lesson under way', () => {
  it('shows the last messages the group keeps for new members, oldest first, marked earlier, above the live ones', async () => {
    const lesson = aLessonWithHistory(2);
    lesson.teacher.chat({ text: '上课了' });
    await lesson.clock.advance(100);
    lesson.classmate('s2').chat({ text: '老师好' });
    await lesson.clock.advance(100);
    lesson.teacher.chat({ text: '打开第三页' });
    await lesson.join();
    lesson.teacher.chat({ text: '小明也来了' });
    await lesson.settle();
    expect(lines(lesson)).toEqual([
      { from: 's2', text: '老师好', earlier: true },
      { from: 't1', text: '打开第三页', earlier: true },
      { from: 't1', text: '小明也来了' },
    ]);
  });

  it('shows nothing from before when the group keeps no history for new members', async () => {
    const lesson = aLesson();
    lesson.teacher.chat({ text: '上课了' });
    await lesson.join();
    expect(lesson.view().chat).toEqual([]);
  });

  it('shows a line the student wrote in an earlier visit as theirs, marked earlier', async () => {
    const lesson = aLessonWithHistory(5);
    await lesson.join();
    await lesson.app.sendText.execute('我先到了');
    await lesson.app.leaveLesson.execute();
    lesson.teacher.chat({ text: '人齐了吗' });
    await lesson.join();
    expect(lines(lesson)).toEqual([
      { from: ME, text: '我先到了', earlier: true },
      { from: 't1', text: '人齐了吗', earlier: true },
    ]);
  });

  it('after a drop, lines delivered again stay once each and what was missed is not marked earlier', async () => {
    const lesson = aLessonWithHistory(3);
    lesson.teacher.chat({ text: '上课了' });
    await lesson.join();
    lesson.hub.im.setOnline(ME, false);
    lesson.teacher.chat({ text: '断线时说的' });
    lesson.hub.im.setOnline(ME, true);
    lesson.hub.im.redeliver(lesson.info.chatGroupId, 2);
    await lesson.settle();
    expect(lines(lesson)).toEqual([
      { from: 't1', text: '上课了', earlier: true },
      { from: 't1', text: '断线时说的' },
    ]);
  });

  it('a line sent while a slow join is under way, before the student is in the group, is handed over as earlier too, once', async () => {
    const lesson = aLessonWithHistory(3);
    lesson.hub.callDelayMs = 100;
    lesson.teacher.chat({ text: '上课了' });
    const joining = lesson.app.joinLesson.execute(lesson.info.classId);
    await lesson.clock.advance(150);
    lesson.teacher.chat({ text: '加入时说的' });
    await lesson.clock.advance(1_000);
    await joining;
    lesson.hub.im.redeliver(lesson.info.chatGroupId, 2);
    await lesson.settle();
    expect(lines(lesson)).toEqual([
      { from: 't1', text: '上课了', earlier: true },
      { from: 't1', text: '加入时说的', earlier: true },
    ]);
  });
});
