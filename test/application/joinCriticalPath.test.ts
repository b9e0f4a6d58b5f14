import { aLesson } from '../support/lessonHarness';

const CALL_MS = 100;

/** Every backend and cloud call takes the same simulated time; only the join's critical path decides how long it takes. */
describe('joining a lesson', () => {
  // Backend, login, the groups, then the class state, read only once the signalling group is
  // joined so that no command can fall between the read and the join.
  it('completes in the time of four calls, not the six of a step-by-step join', async () => {
    const lesson = aLesson({ callDelayMs: CALL_MS });
    const started = lesson.clock.now();
    let finishedAt: number | undefined;
    lesson.app.joinLesson.execute(lesson.info.classId).then(() => (finishedAt = lesson.clock.now()));

    await lesson.clock.advance(4 * CALL_MS - 1);
    expect(finishedAt).toBeUndefined();
    await lesson.clock.advance(1);
    expect(finishedAt! - started).toBe(4 * CALL_MS);
    expect(lesson.view().status).toBe('waiting');
  });

  it('is in both groups and the room once joined', async () => {
    const lesson = aLesson({ callDelayMs: CALL_MS });
    await lesson.join();
    expect(lesson.hub.im.isMember(lesson.info.chatGroupId, 's1')).toBe(true);
    expect(lesson.hub.im.isMember(lesson.info.signalGroupId, 's1')).toBe(true);
    lesson.teacher.camera(true);
    expect(lesson.view().main).toBe('teacher');
  });
});
