import { aLesson, Lesson, ME } from '../support/lessonHarness';

/** A co-host whose messaging drops while the teacher mutes everyone. */
async function onStageSpeaking(): Promise<Lesson> {
  const lesson = aLesson();
  lesson.teacher.camera(true);
  await lesson.join();
  lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: false });
  await lesson.settle();
  expect(lesson.view().me.mic).toBe('on');
  return lesson;
}

async function awayFromIm(lesson: Lesson, meanwhile: () => void): Promise<void> {
  lesson.hub.im.setOnline(ME, false);
  await lesson.clock.advance(500);
  meanwhile();
  await lesson.clock.advance(11_000);
  lesson.hub.im.setOnline(ME, true);
  await lesson.clock.advance(5_000);
}

const publishingMic = (lesson: Lesson) => !!lesson.hub.rtc.streamOf(lesson.info.roomId, ME)?.hasAudio;

describe('a mute-all the student missed', () => {
  it('switches the microphone off on return, says so, and the recap tells it', async () => {
    const lesson = await onStageSpeaking();
    await awayFromIm(lesson, () => lesson.teacher.command({ type: 'muteAll' }));
    expect(lesson.view().me).toMatchObject({ onStage: true, mic: 'off' });
    expect(publishingMic(lesson)).toBe(false);
    expect(lesson.view().recap?.changes).toContain('muted');
  });

  it('is no mute when a grant came after it: the microphone stays as granted', async () => {
    const lesson = await onStageSpeaking();
    await awayFromIm(lesson, () => {
      lesson.teacher.command({ type: 'muteAll' });
      lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: true });
    });
    expect(lesson.view().me).toMatchObject({ mic: 'on', camera: 'on' });
    expect(publishingMic(lesson)).toBe(true);
  });

  it('stays a mute when the grant after it is the same grant again, as it does for a student who saw both live', async () => {
    const live = await onStageSpeaking();
    live.teacher.command({ type: 'muteAll' });
    live.teacher.command({ type: 'grant', to: ME, mic: true, camera: false });
    await live.settle();
    const away = await onStageSpeaking();
    await awayFromIm(away, () => {
      away.teacher.command({ type: 'muteAll' });
      away.teacher.command({ type: 'grant', to: ME, mic: true, camera: false });
    });
    expect([live.view().me.mic, away.view().me.mic]).toEqual(['off', 'off']);
    expect(publishingMic(away)).toBe(false);
  });

  it('does not switch off again a student who took the mute in and switched back on', async () => {
    const lesson = await onStageSpeaking();
    lesson.teacher.command({ type: 'muteAll' });
    await lesson.settle();
    expect(lesson.view().me.mic).toBe('off');
    await lesson.app.turnMicrophone.execute(true);
    await awayFromIm(lesson, () => lesson.teacher.command({ type: 'muteChat', on: true }));
    expect(lesson.view().me.mic).toBe('on');
    expect(publishingMic(lesson)).toBe(true);
  });

  it('reaches a student who joins late: a seat muted before the join is silent', async () => {
    const lesson = aLesson();
    lesson.teacher.camera(true);
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: false });
    lesson.teacher.command({ type: 'muteAll' });
    await lesson.clock.advance(100);
    await lesson.join();
    expect(lesson.view().me).toMatchObject({ onStage: true, mic: 'off' });
    expect(publishingMic(lesson)).toBe(false);
  });
});
