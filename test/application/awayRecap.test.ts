import { RECAP_SHOWN_MS } from '../../application/recap/RecordTimeAway';
import { aLesson, Lesson, ME } from '../support/lessonHarness';

/** Coming back, the student is told what changed while they were gone. */
async function lessonUnderWay(): Promise<Lesson> {
  const lesson = aLesson();
  lesson.teacher.camera(true);
  lesson.teacher.chat({ text: '上课了' });
  await lesson.join();
  return lesson;
}

async function backFromTheBackground(lesson: Lesson, meanwhile: () => void): Promise<void> {
  lesson.lifecycle.emit('background');
  meanwhile();
  await lesson.clock.advance(1_000);
  lesson.lifecycle.emit('foreground');
  await lesson.settle();
}

describe('the "while you were away" recap', () => {
  it('after the background: how many messages arrived, the stage, the chat mute and the board, from what the staff did', async () => {
    const lesson = await lessonUnderWay();
    await backFromTheBackground(lesson, () => {
      lesson.teacher.chat({ text: '大家看黑板' });
      lesson.classmate('s2').chat({ text: '好的' });
      lesson.teacher.board(true);
      lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: false });
      lesson.teacher.command({ type: 'muteChat', on: true });
    });
    expect(lesson.view().recap).toEqual({ messages: 2, changes: ['on-stage', 'chat-muted', 'board-on'] });
  });

  it('a change undone before the return is no change, and nothing happening shows no card', async () => {
    const lesson = await lessonUnderWay();
    await backFromTheBackground(lesson, () => {
      lesson.teacher.command({ type: 'muteChat', on: true });
      lesson.teacher.command({ type: 'muteChat', on: false });
    });
    expect(lesson.view().recap).toBeNull();
  });

  it('goes by itself after 10 s, or at once when tapped away', async () => {
    const lesson = await lessonUnderWay();
    await backFromTheBackground(lesson, () => lesson.teacher.chat({ text: '你在吗' }));
    expect(lesson.view().recap).toEqual({ messages: 1, changes: [] });
    await lesson.clock.advance(RECAP_SHOWN_MS - 1);
    expect(lesson.view().recap).not.toBeNull();
    await lesson.clock.advance(1);
    expect(lesson.view().recap).toBeNull();
    await backFromTheBackground(lesson, () => lesson.teacher.chat({ text: '又走了？' }));
    lesson.app.dismissRecap.execute();
    expect(lesson.view().recap).toBeNull();
  });

  it('after a reconnect of 10 s or more: what the catch-up found, and the class that ended meanwhile', async () => {
    const lesson = await lessonUnderWay();
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: false });
    await lesson.settle();
    lesson.hub.im.setOnline(ME, false);
    lesson.teacher.command({ type: 'revoke', to: ME });
    lesson.teacher.command({ type: 'endClass' });
    await lesson.clock.advance(12_000);
    lesson.hub.im.setOnline(ME, true);
    await lesson.settle();
    expect(lesson.view().status).toBe('ended');
    // The ended class takes everyone off stage: the catch-up reports the end, which says it all.
    expect(lesson.view().recap).toEqual({ messages: 0, changes: ['class-ended'] });
  });

  it('a reconnect shorter than 10 s shows no card, though the catch-up changed something', async () => {
    const lesson = await lessonUnderWay();
    lesson.hub.im.setOnline(ME, false);
    lesson.teacher.command({ type: 'muteChat', on: true });
    await lesson.clock.advance(3_000);
    lesson.hub.im.setOnline(ME, true);
    await lesson.settle();
    expect(lesson.view()).toMatchObject({ status: 'live', chatMuted: true, recap: null });
  });

  it('counts the messages the service delivers again after a long drop, once each, and not the ones already seen', async () => {
    const lesson = await lessonUnderWay();
    lesson.teacher.chat({ text: '看这里' });
    await lesson.settle();
    lesson.hub.im.setOnline(ME, false);
    lesson.teacher.chat({ text: '断线时说的' });
    await lesson.clock.advance(10_000);
    lesson.hub.im.setOnline(ME, true);
    lesson.hub.im.redeliver(lesson.info.chatGroupId, 2);
    await lesson.settle();
    expect(lesson.view().recap).toEqual({ messages: 1, changes: [] });
    await lesson.clock.advance(100);
    lesson.teacher.chat({ text: '回来后说的' });
    await lesson.settle();
    expect(lesson.view().recap).toEqual({ messages: 1, changes: [] });
  });

  it('a line sent during a long drop and delivered only after the return still counts', async () => {
    const lesson = await lessonUnderWay();
    lesson.hub.im.setOnline(ME, false);
    lesson.teacher.chat({ text: '断线时说的' });
    lesson.teacher.command({ type: 'muteChat', on: true });
    await lesson.clock.advance(10_000);
    // The poll could not resume: the line comes only when the service delivers it again.
    lesson.hub.im.setOnline(ME, true, { resume: false });
    await lesson.settle();
    expect(lesson.view().recap).toEqual({ messages: 0, changes: ['chat-muted'] });
    lesson.hub.im.redeliver(lesson.info.chatGroupId, 1);
    await lesson.settle();
    expect(lesson.view().recap).toEqual({ messages: 1, changes: ['chat-muted'] });
  });

  it('a student who arrived late is not told about the earlier chat as news', async () => {
    const lesson = aLesson();
    lesson.hub.im.setHistoryForNewMembers(lesson.info.chatGroupId, 5);
    lesson.teacher.chat({ text: '上课了' });
    await lesson.join();
    await backFromTheBackground(lesson, () => lesson.teacher.board(true));
    expect(lesson.view().recap).toEqual({ messages: 0, changes: ['board-on'] });
  });
});
