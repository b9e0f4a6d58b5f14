import { STEP_DOWN_AFTER_MS, STEP_UP_AFTER_MS } from '../../application/datasaver/FollowDownlink';
import { aLesson, Lesson, ME, TEACHER } from '../support/lessonHarness';

/** The data saver: what is not shown is not played, and a poor downlink steps it down by itself. */
async function lessonWithClassmateOnStage(): Promise<Lesson> {
  const lesson = aLesson();
  lesson.teacher.camera(true).mic(true);
  lesson.teacher.command({ type: 'grant', to: 's2', mic: true, camera: true });
  await lesson.settle();
  lesson.classmate('s2').camera(true).mic(true);
  await lesson.join();
  return lesson;
}

const played = (lesson: Lesson) =>
  lesson.media.playing.map(({ userId, source, video, audio }) => `${userId}/${source} ${video ? 'video' : '-'} ${audio ? 'audio' : '-'}`);
const quality = (lesson: Lesson, level: 'good' | 'poor' | 'fair') => lesson.hub.rtc.setQuality(ME, level);

describe('the data saver', () => {
  // The in-memory board is a service of its own, not a stream; on Tencent it is the teacher's aux stream (test/infrastructure/tencent/dataSaver.test.ts).
  it("只看老师 stops receiving classmates' video, keeping their voices; 仅音频 stops the teacher's video too, but never the board", async () => {
    const lesson = await lessonWithClassmateOnStage();
    lesson.teacher.board(true);
    await lesson.settle();
    expect(played(lesson)).toEqual([`${TEACHER}/camera video audio`, 's2/camera video audio']);
    lesson.app.chooseDataSaver.execute('teacher-only');
    expect(played(lesson)).toEqual([`${TEACHER}/camera video audio`, 's2/camera - audio']);
    expect(lesson.view()).toMatchObject({ dataSaver: { mode: 'teacher-only', auto: false }, main: 'board', teacherPip: true });
    lesson.app.chooseDataSaver.execute('audio-only');
    expect(played(lesson)).toEqual([`${TEACHER}/camera - audio`, 's2/camera - audio']);
    expect(lesson.view()).toMatchObject({ main: 'board', teacherPip: false });
    lesson.teacher.board(false);
    await lesson.settle();
    expect(lesson.view().main).toBe('teacher-avatar');
  });

  it('steps down one mode after 10 s of poor downlink, again after 10 s more, and back to the choice after 30 s of good', async () => {
    const lesson = await lessonWithClassmateOnStage();
    quality(lesson, 'poor');
    await lesson.clock.advance(STEP_DOWN_AFTER_MS - 1);
    expect(lesson.view().dataSaver).toEqual({ mode: 'off', auto: false });
    await lesson.clock.advance(1);
    expect(lesson.view()).toMatchObject({ dataSaver: { mode: 'teacher-only', auto: true }, notice: 'SAVER_TEACHER_ONLY' });
    await lesson.clock.advance(STEP_DOWN_AFTER_MS);
    expect(lesson.view()).toMatchObject({ dataSaver: { mode: 'audio-only', auto: true }, notice: 'SAVER_AUDIO_ONLY' });
    expect(played(lesson)).toEqual([`${TEACHER}/camera - audio`, 's2/camera - audio']);
    quality(lesson, 'good');
    await lesson.clock.advance(STEP_UP_AFTER_MS - 1);
    expect(lesson.view().dataSaver.mode).toBe('audio-only');
    await lesson.clock.advance(1);
    expect(lesson.view()).toMatchObject({ dataSaver: { mode: 'off', auto: false }, notice: 'SAVER_RESTORED' });
    expect(played(lesson)).toEqual([`${TEACHER}/camera video audio`, 's2/camera video audio']);
  });

  it("only a lasting quality counts: a fair spell stops the wait, and the student's own choice is the floor it comes back to", async () => {
    const lesson = await lessonWithClassmateOnStage();
    lesson.app.chooseDataSaver.execute('teacher-only');
    quality(lesson, 'poor');
    await lesson.clock.advance(STEP_DOWN_AFTER_MS - 1_000);
    quality(lesson, 'fair');
    await lesson.clock.advance(STEP_DOWN_AFTER_MS);
    expect(lesson.view().dataSaver).toEqual({ mode: 'teacher-only', auto: false });
    quality(lesson, 'poor');
    await lesson.clock.advance(STEP_DOWN_AFTER_MS);
    expect(lesson.view().dataSaver).toEqual({ mode: 'audio-only', auto: true });
    quality(lesson, 'good');
    await lesson.clock.advance(STEP_UP_AFTER_MS);
    expect(lesson.view().dataSaver).toEqual({ mode: 'teacher-only', auto: false });
  });

  it("choosing a mode ends a step-down: the choice is the student's", async () => {
    const lesson = await lessonWithClassmateOnStage();
    quality(lesson, 'poor');
    await lesson.clock.advance(STEP_DOWN_AFTER_MS);
    lesson.app.chooseDataSaver.execute('off');
    expect(lesson.view().dataSaver).toEqual({ mode: 'off', auto: false });
  });

  it('a mode picked while a step-down wait runs stops the step that was coming, for as long as the same poor spell lasts', async () => {
    const lesson = await lessonWithClassmateOnStage();
    quality(lesson, 'poor');
    await lesson.clock.advance(STEP_DOWN_AFTER_MS / 2);
    lesson.app.chooseDataSaver.execute('teacher-only');
    await lesson.clock.advance(STEP_DOWN_AFTER_MS * 3);
    expect(lesson.view().dataSaver).toEqual({ mode: 'teacher-only', auto: false });
    // A new poor spell after a better one steps down again from the student's choice.
    quality(lesson, 'fair');
    quality(lesson, 'poor');
    await lesson.clock.advance(STEP_DOWN_AFTER_MS);
    expect(lesson.view().dataSaver).toEqual({ mode: 'audio-only', auto: true });
  });

  it('picking 标准 after an automatic step-down takes its notice off the screen at once', async () => {
    const lesson = await lessonWithClassmateOnStage();
    quality(lesson, 'poor');
    await lesson.clock.advance(STEP_DOWN_AFTER_MS);
    expect(lesson.view().notice).toBe('SAVER_TEACHER_ONLY');
    lesson.app.chooseDataSaver.execute('off');
    await lesson.clock.advance(100);
    expect(lesson.view()).toMatchObject({ notice: null, dataSaver: { mode: 'off', auto: false } });
    await lesson.clock.advance(STEP_DOWN_AFTER_MS * 2);
    expect(lesson.view().dataSaver).toEqual({ mode: 'off', auto: false });
  });

  it('a student who joins late on a poor network is stepped down too', async () => {
    const lesson = aLesson();
    lesson.teacher.camera(true);
    await lesson.join();
    quality(lesson, 'poor');
    await lesson.clock.advance(STEP_DOWN_AFTER_MS);
    expect(lesson.view().dataSaver).toEqual({ mode: 'teacher-only', auto: true });
  });

  it('after the media room drops and is entered again, the plan still leaves out what the mode hides', async () => {
    const lesson = await lessonWithClassmateOnStage();
    lesson.app.chooseDataSaver.execute('audio-only');
    lesson.hub.rtc.setOnline(ME, false);
    await lesson.clock.advance(3_000);
    lesson.hub.rtc.setOnline(ME, true);
    await lesson.clock.advance(3_000);
    expect(lesson.view().status).toBe('live');
    expect(played(lesson)).toEqual([`${TEACHER}/camera - audio`, 's2/camera - audio']);
  });
});
