import { aLesson, ME } from '../support/lessonHarness';

/** The class tools for a student who leaves and comes back, or whose app is opened again in the middle. */
describe('a student who comes back to a class tool', () => {
  it('still sees their own answer after leaving the lesson and joining it again, and the card keeps the time it really has', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.ask({ type: 'question', id: 'q1', options: ['A', 'B', 'C'], multiple: false, seconds: 60 }, ['B']);
    await lesson.clock.advance(200);
    expect(await lesson.app.answerQuestion.execute(['B'])).toMatchObject({ ok: true });
    await lesson.app.leaveLesson.execute();
    await lesson.clock.advance(20_000);
    await lesson.join();
    await lesson.clock.advance(200);
    const question = lesson.view().question;
    expect(question).toMatchObject({ id: 'q1', mine: ['B'], delivery: 'received', state: 'open' });
    expect(question?.secondsLeft).toBeGreaterThanOrEqual(39);
    expect(question?.secondsLeft).toBeLessThanOrEqual(40);
  });

  it('sends an answer given while offline once the phone is back, and the staff count it once', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.ask({ type: 'question', id: 'q1', options: ['A', 'B'], multiple: false, seconds: 120 }, null);
    await lesson.clock.advance(200);
    lesson.hub.im.setOnline(ME, false);
    const answering = lesson.app.answerQuestion.execute(['A']);
    // A second tap of the same answer while the first waits sends nothing more.
    expect(await lesson.app.answerQuestion.execute(['A'])).toMatchObject({ ok: true });
    await lesson.clock.advance(3_000);
    expect(lesson.view().question).toMatchObject({ mine: ['A'], delivery: 'sending' });
    lesson.hub.im.setOnline(ME, true);
    await lesson.clock.advance(30_000);
    expect(await answering).toMatchObject({ ok: true });
    expect(lesson.view().question).toMatchObject({ mine: ['A'], delivery: 'received' });
    expect(lesson.hub.school.replies.tally(lesson.info.classId, 'q1', 2)).toEqual({ counts: [1, 0], answered: 1 });
  });

  it('tells a student whose check-in waited offline past the window that it did not go, and the staff have none', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.command({ type: 'checkIn', id: 'c1', seconds: 10 });
    await lesson.clock.advance(200);
    lesson.hub.im.setOnline(ME, false);
    const checking = lesson.app.checkIn.execute();
    await lesson.clock.advance(15_000);
    lesson.hub.im.setOnline(ME, true);
    await lesson.clock.advance(60_000);
    await checking;
    expect(lesson.view().checkIn).toMatchObject({ id: 'c1', state: 'closed', mine: false });
    expect(lesson.hub.school.replies.checkedIn(lesson.info.classId, 'c1')).toEqual([]);
  });
});
