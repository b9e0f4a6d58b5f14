import { aLesson, ME } from '../support/lessonHarness';

describe("the phone's screen during a lesson", () => {
  it('stays on from joining until the student leaves, then may sleep', async () => {
    const lesson = aLesson({ callDelayMs: 50 });
    expect(lesson.screen.keptOn).toBe(false);
    const joining = lesson.app.joinLesson.execute(lesson.info.classId);
    await lesson.clock.advance(0);
    expect(lesson.screen.keptOn).toBe(false); // the class is still being looked up
    await lesson.clock.advance(60);
    expect([lesson.view().status, lesson.screen.keptOn]).toEqual(['joining', true]);
    await lesson.clock.advance(500);
    await joining;
    expect(lesson.screen.keptOn).toBe(true);
    await lesson.app.leaveLesson.execute();
    expect([lesson.view().status, lesson.screen.keptOn]).toEqual(['left', false]);
  });

  it('is let go when the teacher ends the class', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.command({ type: 'endClass' });
    await lesson.settle();
    expect([lesson.view().status, lesson.screen.keptOn]).toEqual(['ended', false]);
  });

  it('is let go when the class cannot be joined', async () => {
    const lesson = aLesson();
    const result = await lesson.app.joinLesson.execute('no-such-class');
    expect(result.ok).toBe(false);
    expect(lesson.screen.keptOn).toBe(false);
  });

  it('stays on for a student who arrives while the lesson is under way', async () => {
    const lesson = aLesson();
    lesson.teacher.camera(true).mic(true).board(true);
    await lesson.join();
    expect([lesson.view().status, lesson.screen.keptOn]).toEqual(['live', true]);
  });

  it('stays on while the network is down and the lesson reconnects', async () => {
    const lesson = aLesson();
    lesson.teacher.camera(true);
    await lesson.join();
    lesson.hub.im.setOnline(ME, false);
    await lesson.clock.advance(3_000);
    expect([lesson.view().status, lesson.screen.keptOn]).toEqual(['reconnecting', true]);
    lesson.hub.im.setOnline(ME, true);
    await lesson.clock.advance(5_000);
    expect([lesson.view().status, lesson.screen.keptOn]).toEqual(['live', true]);
  });

  it('is kept on again when the student comes back to the app, which WeChat forgets', async () => {
    const lesson = aLesson();
    await lesson.join();
    await lesson.lifecycle.emit('background');
    lesson.screen.keptOn = false; // WeChat drops the setting while the app is left
    await lesson.lifecycle.emit('foreground');
    await lesson.settle();
    expect(lesson.screen.keptOn).toBe(true);
  });
});
