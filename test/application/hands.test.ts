import { aLesson, ME } from '../support/lessonHarness';

describe('raising a hand', () => {
  it('puts my hand in the queue behind classmates who raised theirs first', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.classmate('s2').hand(true);
    await lesson.clock.advance(100);
    lesson.classmate('s3').hand(true);
    await lesson.clock.advance(100);
    await lesson.app.raiseHand.execute();
    expect(lesson.view().me).toMatchObject({ hand: 'raised', queuePosition: 3 });
    expect(lesson.classroom().hands.userIds).toEqual(['s2', 's3', ME]);
  });

  it('moves me up when a classmate ahead lowers a hand', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.classmate('s2').hand(true);
    await lesson.settle();
    await lesson.app.raiseHand.execute();
    lesson.classmate('s2').hand(false);
    await lesson.settle();
    expect(lesson.view().me.queuePosition).toBe(1);
  });

  it('counts a double tap as one request, and the teacher hears it once', async () => {
    const lesson = aLesson();
    const heard: boolean[] = [];
    lesson.teacher.hears((event) => {
      if (event.type === 'hand') heard.push(event.raised);
    });
    await lesson.join();
    await Promise.all([lesson.app.raiseHand.execute(), lesson.app.raiseHand.execute()]);
    await lesson.app.raiseHand.execute();
    expect(heard).toEqual([true]);
    expect(lesson.classroom().hands.userIds).toEqual([ME]);
  });

  it('lowers my hand and tells the teacher', async () => {
    const lesson = aLesson();
    const heard: boolean[] = [];
    lesson.teacher.hears((event) => event.type === 'hand' && heard.push(event.raised));
    await lesson.join();
    await lesson.app.raiseHand.execute();
    await lesson.app.lowerHand.execute();
    expect(lesson.view().me).toMatchObject({ hand: 'down', queuePosition: null });
    expect(heard).toEqual([true, false]);
  });

  it('puts the hand back down when the raise cannot reach the teacher', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.hub.im.setOnline(ME, false);
    const result = await lesson.app.raiseHand.execute();
    expect(result).toEqual({ ok: false, code: 'HAND.SEND_FAILED' });
    expect(lesson.view().me.hand).toBe('down');
  });

  it('lowers my hand when the teacher grants me the stage', async () => {
    const lesson = aLesson();
    await lesson.join();
    await lesson.app.raiseHand.execute();
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: false });
    await lesson.settle();
    expect(lesson.view().me).toMatchObject({ hand: 'down', queuePosition: null, onStage: true });
  });

  it('refuses a raise while I am already on stage', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: false });
    await lesson.settle();
    expect(await lesson.app.raiseHand.execute()).toEqual({ ok: false, code: 'HAND.ON_STAGE' });
  });
});
