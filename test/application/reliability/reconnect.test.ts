import { aLesson, ASSISTANT, ME } from '../../support/lessonHarness';

describe('a lesson on a bad network', () => {
  it('survives messaging dropping 50 times while the teacher chats: each message seen while connected shows once, in order', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.camera(true);
    const seenWhileConnected: string[] = [];
    const allSent: string[] = [];
    const mine: string[] = [];
    for (let round = 0; round < 50; round++) {
      for (const n of [1, 2]) {
        lesson.teacher.chat({ text: `第${round}轮-${n}` });
        seenWhileConnected.push(`第${round}轮-${n}`);
        allSent.push(`第${round}轮-${n}`);
        await lesson.clock.advance(100);
      }
      lesson.hub.im.redeliver(lesson.info.chatGroupId, 3);
      lesson.hub.im.setOnline(ME, false);
      lesson.teacher.chat({ text: `断线时-${round}` });
      allSent.push(`断线时-${round}`);
      await lesson.app.sendText.execute(`我的-${round}`);
      mine.push(`我的-${round}`);
      await lesson.clock.advance(300);
      lesson.hub.im.setOnline(ME, true);
      await lesson.settle();
      lesson.hub.im.redeliver(lesson.info.chatGroupId, 5);
      await lesson.clock.advance(100);
    }
    const chat = lesson.classroom().chat.messages;
    const shown = chat.filter((line) => line.from === 't1').map((line) => line.text!);
    // Missed lines may come back with the service's redelivery; either way each shows once, where it was sent.
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown).toEqual(allSent.filter((text) => shown.includes(text)));
    expect(seenWhileConnected.filter((text) => !shown.includes(text))).toEqual([]);
    const myLines = chat.filter((line) => line.from === ME);
    expect(myLines.map((line) => line.text)).toEqual(mine);
    expect(myLines.every((line) => line.state === 'sent')).toBe(true);
    expect(lesson.teacher.heardChat()).toEqual(mine);
    expect(lesson.view().status).toBe('live');
  });

  it('catches up on what the teacher did while messaging was away, instead of trusting what it had', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.camera(true);
    lesson.teacher.command({ type: 'grant', to: 's2', mic: true, camera: false });
    await lesson.settle();
    lesson.hub.im.setOnline(ME, false);
    lesson.teacher.command({ type: 'revoke', to: 's2' });
    await lesson.settle();
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: true });
    await lesson.settle();
    lesson.assistant.command({ type: 'muteChat', on: true });
    await lesson.settle();
    expect(lesson.view().coHosts).toEqual(['s2']);
    lesson.hub.im.setOnline(ME, true);
    await lesson.settle();
    expect(lesson.view()).toMatchObject({ status: 'live', chatMuted: true, me: { onStage: true, mic: 'on', camera: 'on' } });
    expect(lesson.view().coHosts).toEqual([]);
    expect(lesson.media.published).toEqual({ mic: true, camera: true });
  });

  it('ends the lesson on coming back when the class ended meanwhile, and leaves the rooms', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.hub.im.setOnline(ME, false);
    lesson.teacher.command({ type: 'endClass' });
    await lesson.settle();
    lesson.hub.im.setOnline(ME, true);
    await lesson.settle();
    expect(lesson.view().status).toBe('ended');
    expect(lesson.hub.rtc.isInRoom(lesson.info.roomId, ME)).toBe(false);
  });

  it('re-enters the media room, plays who is live now and publishes again what is still permitted', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.camera(true);
    const s2 = lesson.classmate('s2');
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: false });
    await lesson.settle();
    lesson.teacher.command({ type: 'grant', to: 's2', mic: false, camera: true });
    await lesson.settle();
    s2.camera(true);
    await lesson.settle();
    lesson.hub.rtc.setOnline(ME, false);
    expect(lesson.view().status).toBe('reconnecting');
    s2.camera(false);
    lesson.hub.rtc.setOnline(ME, true);
    await lesson.settle();
    expect(lesson.view().status).toBe('live');
    expect(lesson.classroom().streamOf('s2')).toBeUndefined();
    expect(lesson.hub.rtc.streamOf(lesson.info.roomId, ME)).toMatchObject({ hasAudio: true, hasVideo: false });
  });

  it('keeps retrying with growing waits while the room stays unreachable, and comes back when it answers', async () => {
    const lesson = aLesson();
    await lesson.join();
    const attempts: number[] = [];
    const unsubscribe = lesson.hub.onCall((service, userId) => {
      if (service === 'rtc' && userId === ME) attempts.push(lesson.clock.now());
    });
    lesson.hub.rtc.setOnline(ME, false);
    const start = lesson.clock.now();
    await lesson.clock.advance(40_000);
    expect(attempts.map((at) => at - start)).toEqual([1_000, 3_000, 7_000, 15_000, 31_000]);
    expect(lesson.view().status).toBe('reconnecting');
    unsubscribe();
    lesson.hub.rtc.setOnline(ME, true);
    await lesson.settle();
    expect(lesson.view().status).toBe('waiting');
  });

  it('tries again at once when the phone is back online, without waiting out the backoff', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.hub.im.setOnline(ME, false);
    await lesson.clock.advance(20_000);
    lesson.hub.im.setOnline(ME, true, { silently: true });
    await lesson.settle();
    expect(lesson.view().status).toBe('reconnecting');
    lesson.network.emit(true);
    await lesson.settle();
    expect(lesson.view().status).toBe('waiting');
    lesson.assistant.chat({ text: '回来了' });
    expect(lesson.view().chat).toEqual([{ from: ASSISTANT, text: '回来了' }]);
  });
});
