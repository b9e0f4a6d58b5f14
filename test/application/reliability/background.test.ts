import { aLesson, ME } from '../../support/lessonHarness';

async function onStageWithBoth() {
  const lesson = aLesson();
  await lesson.join();
  lesson.teacher.camera(true);
  lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: true });
  await lesson.settle();
  return lesson;
}

describe('switching away from the lesson while on stage', () => {
  it('stops camera and microphone in the background, and brings both back on return', async () => {
    const lesson = await onStageWithBoth();
    lesson.lifecycle.emit('background');
    await lesson.settle();
    expect(lesson.hub.rtc.streamOf(lesson.info.roomId, ME)).toBeUndefined();
    expect(lesson.view().me.onStage).toBe(true);
    lesson.lifecycle.emit('foreground');
    await lesson.settle();
    expect(lesson.hub.rtc.streamOf(lesson.info.roomId, ME)).toMatchObject({ hasAudio: true, hasVideo: true });
    expect(lesson.view().me).toMatchObject({ onStage: true, mic: 'on', camera: 'on' });
  });

  it('brings back only what is still permitted when the teacher changed the stage meanwhile', async () => {
    const lesson = await onStageWithBoth();
    lesson.lifecycle.emit('background');
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: false });
    await lesson.settle();
    expect(lesson.hub.rtc.streamOf(lesson.info.roomId, ME)).toBeUndefined();
    lesson.lifecycle.emit('foreground');
    await lesson.settle();
    expect(lesson.hub.rtc.streamOf(lesson.info.roomId, ME)).toMatchObject({ hasAudio: true, hasVideo: false });

    lesson.lifecycle.emit('background');
    lesson.teacher.command({ type: 'revoke', to: ME });
    await lesson.settle();
    lesson.lifecycle.emit('foreground');
    await lesson.settle();
    expect(lesson.hub.rtc.streamOf(lesson.info.roomId, ME)).toBeUndefined();
    expect(lesson.view().me.onStage).toBe(false);
  });

  it('keeps a device the student switched off switched off after returning', async () => {
    const lesson = await onStageWithBoth();
    await lesson.app.turnCamera.execute(false);
    lesson.lifecycle.emit('background');
    lesson.lifecycle.emit('foreground');
    await lesson.settle();
    expect(lesson.hub.rtc.streamOf(lesson.info.roomId, ME)).toMatchObject({ hasAudio: true, hasVideo: false });
  });

  it('retries a dropped connection as soon as the app is shown again', async () => {
    const lesson = await onStageWithBoth();
    lesson.lifecycle.emit('background');
    lesson.hub.im.setOnline(ME, false);
    await lesson.clock.advance(20_000);
    lesson.hub.im.setOnline(ME, true, { silently: true });
    lesson.lifecycle.emit('foreground');
    await lesson.settle();
    expect(lesson.view().status).toBe('live');
  });
});
