import { aLesson, ME } from '../support/lessonHarness';

/** The in-memory media room grades the link as TRTC does: a first report about 2 s after entering, then on every change. */
describe('the network level the student sees', () => {
  it('is being checked right after joining and known from the first report', async () => {
    const lesson = aLesson();
    await lesson.join();
    expect(lesson.app.session.networkQuality).toBe('unknown');
    await lesson.clock.advance(2000);
    expect(lesson.app.session.networkQuality).toBe('good');
    lesson.hub.rtc.setQuality(ME, 'poor');
    expect(lesson.app.session.networkQuality).toBe('poor');
  });

  it('for a student who joins late on a link already graded poor, is poor from the first report', async () => {
    const lesson = aLesson();
    lesson.teacher.camera(true);
    await lesson.clock.advance(60_000);
    lesson.hub.rtc.setQuality(ME, 'poor');
    await lesson.join();
    await lesson.clock.advance(2000);
    expect(lesson.app.session.networkQuality).toBe('poor');
  });

  it('for a student who leaves and comes back, is the grade of the link now, reported 2 s after entering again', async () => {
    const lesson = aLesson({ callDelayMs: 20 });
    await lesson.join();
    await lesson.clock.advance(2000);
    expect(lesson.app.session.networkQuality).toBe('good');
    await lesson.app.leaveLesson.execute();
    lesson.hub.rtc.setQuality(ME, 'poor');
    await lesson.join();
    expect(lesson.app.session.networkQuality).toBe('unknown');
    await lesson.clock.advance(2000);
    expect(lesson.app.session.networkQuality).toBe('poor');
  });

  it('is not reported for a room the student already left', async () => {
    const lesson = aLesson();
    await lesson.join();
    await lesson.app.leaveLesson.execute();
    await lesson.clock.advance(2000);
    expect(lesson.app.session.networkQuality).toBe('unknown');
  });
});
