import { aLesson, ME } from '../support/lessonHarness';
import { commandedState, crowdSteps } from '../properties/support/bigClass';

/** A late joiner in a class whose 500 hands are all up: the server refuses a 501st. */
describe('a raised hand the full queue refuses', () => {
  it('goes back down and stays down through a return, even when a read crossed the tap', async () => {
    const lesson = aLesson({ callDelayMs: 5, classInfo: { stageCapacity: 64 } });
    await lesson.hub.school.seed(lesson.info.classId, commandedState(crowdSteps('nobody', {}), ['t1', 'a1'], 64));
    lesson.teacher.camera(true);
    for (const id of ['s2', 's3', 's4']) lesson.classmate(id);
    const joining = lesson.app.joinLesson.execute(lesson.info.classId);
    await lesson.clock.advance(10);
    // A read fails, and messaging drops and comes back: its catch-up read is in flight while the student taps.
    lesson.holdNextStateRead().fail();
    lesson.hub.im.setOnline(ME, false);
    lesson.hub.im.setOnline(ME, true);
    await lesson.clock.advance(10);
    const raising = lesson.app.raiseHand.execute();
    await lesson.clock.advance(100);
    expect(await raising).toEqual({ ok: false, code: 'HAND.SEND_FAILED' });
    expect(lesson.view().me).toMatchObject({ hand: 'down', queuePosition: null });
    await lesson.clock.advance(60_000);
    await joining;
    lesson.lifecycle.emit('background');
    lesson.lifecycle.emit('foreground');
    await lesson.clock.advance(10_000);
    expect(lesson.view().me).toMatchObject({ hand: 'down', queuePosition: null });
  });
});
