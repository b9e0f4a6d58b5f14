import { LessonView } from '../../../application/view/LessonView';
import { LessonViewFeed, SHOWN_MS } from '../../../application/view/LessonViewFeed';
import { aLesson, ME } from '../../support/lessonHarness';

/** A lesson with the view the page formats, and every view it was handed since the count started. */
async function aWatchedLesson() {
  const lesson = aLesson();
  const feed = new LessonViewFeed(lesson.app.session, lesson.clock, { s2: '小红' });
  await lesson.join();
  lesson.teacher.camera(true).mic(true);
  await lesson.settle();
  const views: LessonView[] = [];
  feed.subscribe((view) => views.push(view));
  return { lesson, feed, views };
}

describe('the lesson view', () => {
  it('changes once for one grant, and the notice comes with that change', async () => {
    const { lesson, feed, views } = await aWatchedLesson();
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: false });
    await lesson.settle();
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ me: { onStage: true, mic: 'on' }, notice: { code: 'GRANTED' } });
    expect(feed.view).toBe(views[0]);
  });

  it('changes once for each staff command, revoke and chat mute alike', async () => {
    const { lesson, views } = await aWatchedLesson();
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: true });
    await lesson.settle();
    lesson.teacher.command({ type: 'muteChat', on: true });
    await lesson.settle();
    lesson.teacher.command({ type: 'revoke', to: ME });
    await lesson.settle();
    expect(views.map((view) => view.notice?.code)).toEqual(['GRANTED', 'CHAT_MUTED', 'REVOKED']);
  });

  it('takes the notice away once its time is up, in one more change', async () => {
    const { lesson, feed, views } = await aWatchedLesson();
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: false });
    await lesson.settle();
    await lesson.clock.advance(SHOWN_MS - 1);
    expect(feed.view.notice?.code).toBe('GRANTED');
    await lesson.clock.advance(1);
    expect(feed.view.notice).toBeNull();
    // Other views may come meanwhile (the room grades the link); the notice shows once and goes once.
    const notices = views.map((view) => view.notice?.code ?? null);
    expect(notices.filter((code, index) => code !== notices[index - 1])).toEqual(['GRANTED', null]);
    expect(feed.view.chat).toBe(views[0].chat);
  });

  it('changes only the speaking flags on a volume tick, keeping the chat and the rest as they were', async () => {
    const { lesson, feed, views } = await aWatchedLesson();
    lesson.teacher.command({ type: 'grant', to: 's2', mic: true, camera: true });
    await lesson.settle();
    lesson.classmate('s2').camera(true).mic(true).chat({ text: '我来回答' });
    await lesson.settle();
    const before = feed.view;
    expect(before.coHosts).toEqual([{ id: 's2', name: '小红', video: true, audio: true, speaking: false, rewards: 0 }]);
    lesson.media.reportVolumes([{ userId: 's2', volume: 60 }]);
    const after = feed.view;
    expect(after.coHosts[0].speaking).toBe(true);
    expect(after.chat).toBe(before.chat);
    expect(after.players).toBe(before.players);
    expect(after.me).toBe(before.me);
    lesson.media.reportVolumes([{ userId: 's2', volume: 70 }]);
    expect(feed.view).toBe(after);
    expect(views[views.length - 1]).toBe(after);
  });

  it('names the chat: staff from the roster, classmates from the names given, me as mine', async () => {
    const { lesson, feed } = await aWatchedLesson();
    lesson.teacher.chat({ text: '上课' });
    lesson.classmate('s2').chat({ text: '老师好' });
    lesson.classmate('s9').chat({ text: '我没有名字' });
    await lesson.app.sendText.execute('我来了');
    await lesson.settle();
    expect(feed.view.chat.map(({ name, mine, text }) => (mine ? { mine, text } : { name, text }))).toEqual([
      { name: '王老师', text: '上课' },
      { name: '小红', text: '老师好' },
      { name: 's9', text: '我没有名字' },
      { mine: true, text: '我来了' },
    ]);
  });

  // The in-memory board is no stream; on Tencent the board is the teacher's aux stream and takes the main slot.
  it('lays the players out: the teacher in the picture-in-picture over the board, a co-host in the row', async () => {
    const { lesson, feed } = await aWatchedLesson();
    lesson.teacher.board(true);
    lesson.teacher.command({ type: 'grant', to: 's2', mic: true, camera: true });
    await lesson.settle();
    lesson.classmate('s2').camera(true).mic(true);
    await lesson.settle();
    const slots = feed.view.players.map(({ userId, source, slot, place }) => `${userId}:${source} ${slot} ${place}`);
    expect(slots.sort()).toEqual(['s2:camera co-host row', 't1:camera pip stage']);
    await lesson.app.chooseDataSaver.execute('audio-only');
    await lesson.settle();
    expect(feed.view.players.find((player) => player.userId === 't1' && player.source === 'camera')?.slot).toBe('unseen');
  });
});
