import { MAX_REMOTE_VIDEOS } from '../../domain/classroom/StageCapacity';
import { aLesson, ME } from '../support/lessonHarness';

describe('on stage', () => {
  it('a microphone grant puts me on stage speaking, with the camera still not allowed', async () => {
    const lesson = aLesson();
    await lesson.join();
    await lesson.app.raiseHand.execute();
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: false });
    await lesson.settle();
    expect(lesson.view().me).toEqual({ hand: 'down', queuePosition: null, onStage: true, mic: 'on', camera: 'not-allowed' });
    expect(lesson.media.published).toEqual({ mic: true, camera: false });
    expect(lesson.hub.rtc.streamOf(lesson.info.roomId, ME)).toMatchObject({ hasAudio: true, hasVideo: false });
  });

  it('will not turn on a device the teacher did not grant', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: false });
    await lesson.settle();
    expect(await lesson.app.turnCamera.execute(true)).toEqual({ ok: false, code: 'DEVICE.NOT_ALLOWED' });
    await lesson.settle();
    expect(lesson.media.published.camera).toBe(false);
  });

  it('will not publish anything before a grant', async () => {
    const lesson = aLesson();
    await lesson.join();
    expect(await lesson.app.turnMicrophone.execute(true)).toEqual({ ok: false, code: 'DEVICE.NOT_ALLOWED' });
    expect(lesson.view().me.mic).toBe('not-allowed');
    expect(lesson.media.published).toEqual({ mic: false, camera: false });
  });

  it('lets me switch a granted device off and on again', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: true });
    await lesson.settle();
    await lesson.app.turnCamera.execute(false);
    await lesson.settle();
    expect(lesson.view().me).toMatchObject({ mic: 'on', camera: 'off' });
    expect(lesson.media.published).toEqual({ mic: true, camera: false });
    await lesson.app.turnCamera.execute(true);
    await lesson.settle();
    expect(lesson.media.published).toEqual({ mic: true, camera: true });
  });

  it('a revoke takes me off stage and stops publishing at once', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: true });
    await lesson.settle();
    lesson.teacher.command({ type: 'revoke', to: ME });
    await lesson.settle();
    // No waiting: the room must have stopped by the time the command has been handled.
    expect(lesson.media.published).toEqual({ mic: false, camera: false });
    expect(lesson.hub.rtc.streamOf(lesson.info.roomId, ME)).toBeUndefined();
    expect(lesson.view().me).toMatchObject({ onStage: false, mic: 'not-allowed', camera: 'not-allowed' });
  });

  it('mute all turns my microphone off, and I may turn it back on', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: true });
    await lesson.settle();
    lesson.teacher.command({ type: 'muteAll' });
    await lesson.settle();
    expect(lesson.view().me).toMatchObject({ mic: 'off', camera: 'on' });
    expect(lesson.media.published).toEqual({ mic: false, camera: true });
    expect((await lesson.app.turnMicrophone.execute(true)).ok).toBe(true);
    await lesson.settle();
    expect(lesson.media.published).toEqual({ mic: true, camera: true });
  });

  it('keeps a granted device off when the phone refuses it', async () => {
    const lesson = aLesson();
    lesson.permissions.states.camera = 'refused';
    await lesson.join();
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: true });
    await lesson.settle();
    expect(lesson.view().me).toMatchObject({ onStage: true, mic: 'on', camera: 'off' });
    expect(lesson.view().notice).toBe('CAMERA_DENIED');
    // The tap names the device the phone refused, as the grant's notice did.
    expect(await lesson.app.turnCamera.execute(true)).toEqual({ ok: false, code: 'DEVICE.CAMERA_DENIED' });
    lesson.permissions.states.mic = 'refused';
    await lesson.app.turnMicrophone.execute(false);
    expect(await lesson.app.turnMicrophone.execute(true)).toEqual({ ok: false, code: 'DEVICE.MIC_DENIED' });
  });

  it('holds no more co-hosts than class info allows', async () => {
    const lesson = aLesson({ classInfo: { stageCapacity: 2 } });
    await lesson.join();
    lesson.teacher.command({ type: 'grant', to: 's2', mic: true, camera: false });
    await lesson.settle();
    lesson.teacher.command({ type: 'grant', to: 's3', mic: true, camera: false });
    await lesson.settle();
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: false });
    await lesson.settle();
    expect(lesson.view().coHosts).toEqual(['s2', 's3']);
    expect(lesson.view().me.onStage).toBe(false);
    expect(lesson.view().notice).toBe('STAGE_FULL');
  });

  it('holds six co-hosts when class info says nothing', async () => {
    const lesson = aLesson();
    await lesson.join();
    for (let i = 2; i <= 8; i += 1) lesson.teacher.command({ type: 'grant', to: `s${i}`, mic: true, camera: true });
    await lesson.settle();
    expect(lesson.view().coHosts).toEqual(['s2', 's3', 's4', 's5', 's6', 's7']);
  });

  it('plays at most four remote videos for a student who joins a class already on camera, and after their network drops and returns', async () => {
    const lesson = aLesson({ classInfo: { stageCapacity: 8 } });
    const ids = ['s2', 's3', 's4', 's5', 's6'];
    lesson.teacher.camera(true);
    for (const id of ids) {
      lesson.teacher.command({ type: 'grant', to: id, mic: true, camera: true });
      lesson.classmate(id).camera(true).mic(true);
    }
    await lesson.join();
    await lesson.settle();
    const watched = () => lesson.media.playing.filter((entry) => entry.video).map((entry) => entry.userId);
    expect(watched()).toEqual(['t1', ...ids.slice(0, MAX_REMOTE_VIDEOS - 1)]);
    lesson.hub.im.setOnline(ME, false);
    lesson.teacher.command({ type: 'revoke', to: 's2' });
    await lesson.clock.advance(5000);
    lesson.hub.im.setOnline(ME, true);
    await lesson.settle();
    await lesson.clock.advance(60_000);
    await lesson.settle();
    expect(watched()).toEqual(['t1', 's3', 's4', 's5']);
    expect(lesson.media.playing.filter((entry) => entry.userId === 's6').map((entry) => [entry.video, entry.audio])).toEqual([
      [false, true],
    ]);
  });

  it("plays at most four remote videos, the teacher's first, hears every co-host, and shows the others' avatars", async () => {
    const lesson = aLesson({ classInfo: { stageCapacity: 8 } });
    await lesson.join();
    const ids = ['s2', 's3', 's4', 's5', 's6', 's7', 's8', 's9'];
    for (const id of ids) {
      lesson.teacher.command({ type: 'grant', to: id, mic: true, camera: true });
      await lesson.settle();
      lesson.classmate(id).camera(true).mic(true);
    }
    await lesson.settle();
    const watched = () => lesson.media.playing.filter((entry) => ids.includes(entry.userId) && entry.video).map((entry) => entry.userId);
    expect(watched()).toEqual(ids.slice(0, MAX_REMOTE_VIDEOS));
    lesson.teacher.camera(true);
    await lesson.settle();
    expect(lesson.media.playing.filter((entry) => entry.video)).toHaveLength(MAX_REMOTE_VIDEOS);
    expect(watched()).toEqual(ids.slice(0, MAX_REMOTE_VIDEOS - 1));
    expect(lesson.lessonView().coHosts.map((coHost) => coHost.video)).toEqual(ids.map((_, index) => index < MAX_REMOTE_VIDEOS - 1));
    // A co-host leaving the stage frees a decode for the next.
    lesson.teacher.command({ type: 'revoke', to: 's2' });
    await lesson.settle();
    expect(watched()).toEqual(['s3', 's4', 's5']);
    const coHostPlayback = lesson.media.playing.filter((entry) => ids.includes(entry.userId));
    expect(coHostPlayback.filter((entry) => entry.audio).map((entry) => entry.userId)).toEqual(ids.slice(1));
  });

  it('does not play a classmate who publishes without being on stage', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.classmate('s2').camera(true).mic(true);
    expect(lesson.media.playing.some((entry) => entry.userId === 's2')).toBe(false);
  });
});
