import { StudentView } from '../../../application/view/StudentView';
import { aLesson, ME } from '../../support/lessonHarness';

async function onStage() {
  const lesson = aLesson();
  await lesson.join();
  lesson.teacher.camera(true);
  lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: true });
  await lesson.settle();
  expect(lesson.media.published).toEqual({ mic: true, camera: true });
  return lesson;
}

function inAnyRoom(lesson: Awaited<ReturnType<typeof onStage>>): boolean {
  const { info, hub } = lesson;
  return hub.rtc.isInRoom(info.roomId, ME) || hub.im.isMember(info.chatGroupId, ME) || hub.im.isMember(info.signalGroupId, ME);
}

describe('being taken out of a lesson', () => {
  it('logged in elsewhere: says so, stops media, leaves, and does not come back when the network does', async () => {
    const lesson = await onStage();
    lesson.hub.im.kickOffline(ME, 'multipleAccount');
    await lesson.settle();
    expect(lesson.view()).toMatchObject({ status: 'kicked' });
    expect(lesson.classroom().exitReason).toBe('logged-in-elsewhere');
    expect(lesson.hub.rtc.streamOf(lesson.info.roomId, ME)).toBeUndefined();
    expect(inAnyRoom(lesson)).toBe(false);
    lesson.hub.im.setOnline(ME, false);
    lesson.hub.im.setOnline(ME, true);
    lesson.network.emit(true);
    await lesson.clock.advance(60_000);
    expect(lesson.view().status).toBe('kicked');
    expect(inAnyRoom(lesson)).toBe(false);
  });

  it('UserSig expired mid-lesson: a new one is fetched and used, and the student never sees a banner', async () => {
    const lesson = await onStage();
    const statuses = new Set<StudentView['status']>();
    lesson.app.session.onChange(() => statuses.add(lesson.view().status));
    await lesson.clock.advance(25 * 60 * 60 * 1000);
    lesson.hub.im.kickOffline(ME, 'userSigExpired');
    await lesson.settle();
    lesson.teacher.chat({ text: '继续上课' });
    expect(await lesson.app.sendText.execute('收到')).toMatchObject({ ok: true });
    expect(lesson.view().chat).toEqual([
      { from: 't1', text: '继续上课' },
      { from: ME, text: '收到', state: 'sent' },
    ]);
    expect([...statuses]).toEqual(['live']);
    expect(lesson.media.published).toEqual({ mic: true, camera: true });
  });

  it('UserSig expired while the school cannot be reached: shows reconnecting, and recovers once it answers', async () => {
    const lesson = await onStage();
    lesson.hub.backendDown = true;
    lesson.hub.im.kickOffline(ME, 'userSigExpired');
    await lesson.settle();
    expect(lesson.view().status).toBe('reconnecting');
    lesson.hub.backendDown = false;
    await lesson.clock.advance(2_000);
    expect(lesson.view().status).toBe('live');
    lesson.teacher.chat({ text: '欢迎回来' });
    expect(lesson.view().chat).toEqual([{ from: 't1', text: '欢迎回来' }]);
  });

  it('class ended while on stage: the ended screen, media stopped, every room left', async () => {
    const lesson = await onStage();
    lesson.teacher.command({ type: 'endClass' });
    await lesson.settle();
    expect(lesson.view().status).toBe('ended');
    expect(lesson.classroom().exitReason).toBe('class-ended');
    expect(lesson.media.published).toEqual({ mic: false, camera: false });
    expect(inAnyRoom(lesson)).toBe(false);
  });

  it('kicked by the teacher while on stage: the removed screen, media stopped, every room left', async () => {
    const lesson = await onStage();
    lesson.assistant.command({ type: 'kick', to: ME });
    await lesson.settle();
    expect(lesson.view().status).toBe('kicked');
    expect(lesson.classroom().exitReason).toBe('removed');
    expect(inAnyRoom(lesson)).toBe(false);
  });
});
