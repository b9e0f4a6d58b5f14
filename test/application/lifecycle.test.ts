import { aLesson, ME } from '../support/lessonHarness';

describe('the course of a lesson', () => {
  it('waits for the teacher, then goes live when the teacher appears', async () => {
    const lesson = aLesson();
    const joined = lesson.app.joinLesson.execute(lesson.info.classId);
    expect(lesson.app.session.hasClassroom).toBe(false);
    await joined;
    expect(lesson.view().status).toBe('waiting');
    lesson.teacher.camera(true);
    expect(lesson.view().status).toBe('live');
    lesson.teacher.camera(false);
    expect(lesson.view().status).toBe('live');
  });

  it('joins straight into a live lesson', async () => {
    const lesson = aLesson();
    lesson.teacher.mic(true);
    await lesson.join();
    expect(lesson.view().status).toBe('live');
  });

  it('counts who is in the lesson', async () => {
    const lesson = aLesson();
    await lesson.join();
    expect(lesson.view().memberCount).toBe(3);
    lesson.classmate('s2');
    expect(lesson.view().memberCount).toBe(4);
    lesson.hub.actor('s2').leave();
    expect(lesson.view().memberCount).toBe(3);
  });

  it('ends the class: the ended screen, nothing published or played', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.camera(true);
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: true });
    await lesson.settle();
    await lesson.app.enterFullscreen.execute();
    lesson.teacher.command({ type: 'endClass' });
    await lesson.settle();
    expect(lesson.view()).toMatchObject({ status: 'ended', coHosts: [], fullscreen: false });
    expect(lesson.media.published).toEqual({ mic: false, camera: false });
    expect(lesson.media.playing).toEqual([]);
    expect(await lesson.app.raiseHand.execute()).toEqual({ ok: false, code: 'LESSON.NOT_ACTIVE' });
    expect(await lesson.app.sendText.execute('下课了吗')).toEqual({ ok: false, code: 'LESSON.NOT_ACTIVE' });
  });

  it('removes me when the teacher kicks me, and only me', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.camera(true);
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: false });
    await lesson.settle();
    lesson.teacher.command({ type: 'kick', to: 's9' });
    await lesson.settle();
    expect(lesson.view().status).toBe('live');
    lesson.teacher.command({ type: 'kick', to: ME });
    await lesson.settle();
    expect(lesson.view().status).toBe('kicked');
    expect(lesson.classroom().exitReason).toBe('removed');
    expect(lesson.media.published).toEqual({ mic: false, camera: false });
  });

  it('ends everything when I log in on another device, with no rejoin', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: true });
    await lesson.settle();
    lesson.hub.im.kickOffline(ME, 'multipleAccount');
    expect(lesson.view().status).toBe('kicked');
    expect(lesson.classroom().exitReason).toBe('logged-in-elsewhere');
    expect(lesson.media.published).toEqual({ mic: false, camera: false });
  });

  it('shows reconnecting while the network is down, and returns to the lesson after', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.camera(true);
    lesson.hub.im.setOnline(ME, false);
    expect(lesson.view().status).toBe('reconnecting');
    lesson.hub.rtc.setOnline(ME, false);
    lesson.hub.im.setOnline(ME, true);
    expect(lesson.view().status).toBe('reconnecting');
    lesson.hub.rtc.setOnline(ME, true);
    await lesson.settle();
    expect(lesson.view().status).toBe('live');
  });

  it('leaves every room when I leave', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: true });
    await lesson.settle();
    await lesson.app.leaveLesson.execute();
    expect(lesson.view().status).toBe('left');
    expect(lesson.hub.im.isMember(lesson.info.chatGroupId, ME)).toBe(false);
    expect(lesson.hub.im.isMember(lesson.info.signalGroupId, ME)).toBe(false);
    expect(lesson.hub.rtc.streamOf(lesson.info.roomId, ME)).toBeUndefined();
  });

  it('ignores a second tap on join while the first is under way', async () => {
    const lesson = aLesson({ callDelayMs: 50 });
    const first = lesson.app.joinLesson.execute(lesson.info.classId);
    const second = lesson.app.joinLesson.execute(lesson.info.classId);
    // The second tap waits on the first tap's join instead of starting another.
    expect(second).toBe(first);
    await lesson.clock.advance(500);
    expect(await first).toEqual({ ok: true, value: undefined });
    expect(lesson.view().status).toBe('waiting');
  });
});

describe('a join that fails', () => {
  it('says the class does not exist', async () => {
    const lesson = aLesson();
    expect(await lesson.app.joinLesson.execute('no-such-class')).toEqual({ ok: false, code: 'JOIN.CLASS_NOT_FOUND' });
  });

  it('says the class is over', async () => {
    const lesson = aLesson();
    lesson.hub.findClass(lesson.info.classId).over = true;
    expect(await lesson.app.joinLesson.execute(lesson.info.classId)).toEqual({ ok: false, code: 'JOIN.CLASS_OVER' });
  });

  it('says the student is not enrolled', async () => {
    const lesson = aLesson({ student: { userId: 'stranger', name: '陌生人' } });
    lesson.hub.addClass({ info: lesson.info, enrolled: [ME] });
    expect(await lesson.app.joinLesson.execute(lesson.info.classId)).toEqual({ ok: false, code: 'JOIN.NOT_ENROLLED' });
  });

  it('says the network failed when the rooms cannot be reached, and can join again after', async () => {
    const lesson = aLesson();
    lesson.hub.rtc.setOnline(ME, false);
    expect(await lesson.app.joinLesson.execute(lesson.info.classId)).toEqual({ ok: false, code: 'JOIN.NETWORK' });
    expect(lesson.view().status).toBe('error');
    lesson.hub.rtc.setOnline(ME, true);
    expect((await lesson.app.joinLesson.execute(lesson.info.classId)).ok).toBe(true);
    expect(lesson.view().status).toBe('waiting');
  });
});
