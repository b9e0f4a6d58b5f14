import { aLesson, ME } from '../support/lessonHarness';

/** The student sees the class as the staff have it: whenever they arrive, whatever they missed. */
describe('joining a lesson already under way', () => {
  it('shows who is on stage, the chat mute and the place in the hand queue as the teacher has them', async () => {
    const lesson = aLesson();
    lesson.teacher.camera(true);
    lesson.teacher.command({ type: 'grant', to: 's2', mic: true, camera: true });
    await lesson.settle();
    lesson.teacher.command({ type: 'muteChat', on: true });
    await lesson.settle();
    lesson.classmate('s3').hand(true);
    await lesson.settle();
    await lesson.join();
    expect(lesson.view()).toMatchObject({ status: 'live', coHosts: ['s2'], chatMuted: true });
    expect(await lesson.app.sendText.execute('老师好')).toMatchObject({ ok: false, code: 'CHAT.MUTED' });
    await lesson.app.raiseHand.execute();
    expect(lesson.view().me).toMatchObject({ hand: 'raised', queuePosition: 2 });
  });

  it('keeps a command sent while the join is under way, and applies it after the state', async () => {
    const lesson = aLesson({ callDelayMs: 100 });
    const joining = lesson.app.joinLesson.execute(lesson.info.classId);
    await lesson.clock.advance(250);
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: false });
    await lesson.clock.advance(1_000);
    await joining;
    expect(lesson.view().me).toMatchObject({ onStage: true, mic: 'on' });
    expect(lesson.media.published).toEqual({ mic: true, camera: false });
  });

  it('shows the lesson-over screen, and leaves every room, when the class has already ended', async () => {
    const lesson = aLesson();
    lesson.teacher.command({ type: 'endClass' });
    await lesson.settle();
    await lesson.join();
    expect(lesson.view().status).toBe('ended');
    expect(lesson.hub.rtc.isInRoom(lesson.info.roomId, ME)).toBe(false);
    expect(lesson.hub.im.isMember(lesson.info.signalGroupId, ME)).toBe(false);
  });

  it('reads once more when the app comes back while the join is reading, so a removal it missed still shows', async () => {
    // Found by the convergence property: the removal went out while the student's messaging was
    // silently cut, and the join's read had started just before it was stored.
    const lesson = aLesson({ callDelayMs: 20 });
    lesson.teacher.camera(true);
    const joining = lesson.app.joinLesson.execute(lesson.info.classId);
    await lesson.clock.advance(60);
    lesson.hub.im.setOnline(ME, false, { silently: true });
    lesson.teacher.command({ type: 'kick', to: ME });
    await lesson.settle();
    lesson.hub.im.setOnline(ME, true, { silently: true });
    lesson.lifecycle.emit('background');
    lesson.lifecycle.emit('foreground');
    await lesson.clock.advance(1_000);
    await joining;
    expect(lesson.view().status).toBe('kicked');
    expect(lesson.hub.rtc.isInRoom(lesson.info.roomId, ME)).toBe(false);
  });

  it('shows the removed screen to a student the teacher removed earlier', async () => {
    const lesson = aLesson();
    lesson.teacher.command({ type: 'kick', to: ME });
    await lesson.settle();
    await lesson.join();
    expect(lesson.view().status).toBe('kicked');
    expect(lesson.classroom().exitReason).toBe('removed');
  });
});

describe('leaving and coming back', () => {
  it('a muted student who leaves and rejoins is still muted', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.command({ type: 'muteChat', on: true });
    await lesson.settle();
    await lesson.app.leaveLesson.execute();
    await lesson.join();
    expect(lesson.view()).toMatchObject({ status: 'waiting', chatMuted: true });
    expect(await lesson.app.sendText.execute('我回来了')).toMatchObject({ ok: false, code: 'CHAT.MUTED' });
  });

  it('coming back from the background reads what the staff did meanwhile, even when nothing reported a drop', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.lifecycle.emit('background');
    lesson.hub.im.setOnline(ME, false, { silently: true });
    lesson.teacher.command({ type: 'grant', to: 's2', mic: true, camera: false });
    await lesson.settle();
    lesson.teacher.command({ type: 'muteChat', on: true });
    await lesson.settle();
    lesson.hub.im.setOnline(ME, true, { silently: true });
    lesson.lifecycle.emit('foreground');
    await lesson.settle();
    expect(lesson.view()).toMatchObject({ coHosts: ['s2'], chatMuted: true });
  });

  it('a kick sent while the student was offline removes them on return', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: false });
    await lesson.settle();
    lesson.hub.im.setOnline(ME, false);
    lesson.teacher.command({ type: 'kick', to: ME });
    await lesson.settle();
    lesson.hub.im.setOnline(ME, true);
    await lesson.settle();
    expect(lesson.view().status).toBe('kicked');
    expect(lesson.classroom().exitReason).toBe('removed');
    expect(lesson.media.published).toEqual({ mic: false, camera: false });
    expect(await lesson.app.raiseHand.execute()).toMatchObject({ ok: false });
  });
});

describe('the stored class state is the staff’s alone', () => {
  it("a classmate's write is refused by the school server: a reconnecting student keeps the teacher's class", async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.camera(true);
    const forged = JSON.stringify({
      type: 'endClass',
      v: 3,
      seq: 50,
      stage: [{ userId: 's2', mic: true, camera: true }],
      chatMuted: true,
      ended: true,
      removed: [],
      hands: [],
    });
    const classmate = lesson.classmate('s2').raw('state', forged);
    await classmate.sent();
    expect(classmate.lastRefusal).toBe('NOT_STAFF');
    expect(lesson.hub.classState()).toMatchObject({ seq: 0, ended: false });
    lesson.hub.im.setOnline(ME, false);
    lesson.hub.im.setOnline(ME, true);
    await lesson.settle();
    expect(lesson.view()).toMatchObject({ status: 'live', coHosts: [], chatMuted: false });
  });

  it.each([
    ['garbage', 'not a state'],
    ['a newer version', JSON.stringify({ v: 4, rev: 9, seq: 9, everything: 'different' })],
  ])('%s from the school server is logged and ignored: the return completes and offline messages go out', async (_, raw) => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: false });
    await lesson.settle();
    await lesson.hub.school.seed(lesson.info.classId, raw);
    lesson.hub.im.setOnline(ME, false);
    await lesson.app.sendText.execute('断线时写的');
    lesson.hub.im.setOnline(ME, true);
    await lesson.settle();
    expect(lesson.view()).toMatchObject({ status: 'waiting', me: { onStage: true } });
    expect(lesson.view().chat).toEqual([{ from: ME, text: '断线时写的', state: 'sent' }]);
    expect(lesson.logger.count('class_state.unreadable')).toBeGreaterThan(0);
  });
});

describe('order and repeats', () => {
  it('a return whose read crosses a grant does not take the grant back', async () => {
    const lesson = aLesson({ callDelayMs: 20 });
    await lesson.join();
    lesson.hub.im.setOnline(ME, false);
    lesson.hub.im.setOnline(ME, true);
    // The restore logs in (20 ms), joins the groups (20 ms) and reads (20 ms); the grant lands
    // while the read is under way. The server stores before it publishes, so the read holds it.
    await lesson.clock.advance(50);
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: false });
    await lesson.clock.advance(30);
    expect(lesson.view().me.onStage).toBe(true);
    await lesson.clock.advance(2_000);
    expect(lesson.view().me).toMatchObject({ onStage: true, mic: 'on' });
  });

  it('a redelivered old grant does not put a revoked student back on stage', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: true });
    await lesson.settle();
    lesson.teacher.command({ type: 'revoke', to: ME });
    await lesson.settle();
    lesson.hub.im.redeliver(lesson.info.signalGroupId, 2, 'signal');
    await lesson.settle();
    expect(lesson.view().me.onStage).toBe(false);
    expect(lesson.media.published).toEqual({ mic: false, camera: false });
  });

  it('a skipped number makes the student read the state, which fills the gap', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.hub.im.setOnline(ME, false, { silently: true });
    lesson.teacher.command({ type: 'muteChat', on: true });
    await lesson.settle();
    lesson.hub.im.setOnline(ME, true, { silently: true });
    lesson.teacher.command({ type: 'grant', to: 's2', mic: true, camera: false });
    await lesson.settle();
    expect(lesson.view()).toMatchObject({ chatMuted: true, coHosts: ['s2'] });
  });

  it("the staff's commands are never cut by the flood guard", async () => {
    const lesson = aLesson();
    await lesson.join();
    for (let i = 0; i < 61; i++) lesson.teacher.command({ type: 'muteChat', on: i % 2 === 0 });
    await lesson.settle();
    expect(lesson.classroom().sequence).toBe(61);
    expect(lesson.view().chatMuted).toBe(true);
  });

  it("a burst of the teacher's lines redelivered after a return is judged by when they were sent", async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.hub.im.setOnline(ME, false, { silently: true });
    for (let i = 0; i < 60; i++) {
      lesson.teacher.chat({ text: `第${i}句` });
      await lesson.clock.advance(500);
    }
    lesson.hub.im.setOnline(ME, true, { silently: true });
    lesson.hub.im.redeliver(lesson.info.chatGroupId, 60);
    await lesson.settle();
    expect(lesson.classroom().chat.messages.map((line) => line.text)).toEqual(Array.from({ length: 60 }, (_, i) => `第${i}句`));
  });

  it('a classmate on stage whose network blips stays on my stage, as on the teacher’s', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.command({ type: 'grant', to: 's2', mic: true, camera: true });
    await lesson.settle();
    lesson.classmate('s2').leave().join();
    await lesson.settle();
    expect(lesson.view().coHosts).toEqual(['s2']);
  });
});

describe('what the student did meanwhile', () => {
  it('lines written offline that meet a chat mute on return end failed, with the mute as the reason', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.hub.im.setOnline(ME, false);
    await lesson.app.sendText.execute('第一句');
    await lesson.app.sendText.execute('第二句');
    lesson.teacher.command({ type: 'muteChat', on: true });
    await lesson.settle();
    lesson.hub.im.setOnline(ME, true);
    await lesson.settle();
    expect(lesson.view().chat).toEqual([
      { from: ME, text: '第一句', state: 'failed', reason: 'chat-muted' },
      { from: ME, text: '第二句', state: 'failed', reason: 'chat-muted' },
    ]);
    expect(lesson.teacher.heardChat()).toEqual([]);
  });

  it('a lower and a raise that both fail to send leave the hand as the teacher last heard it', async () => {
    const lesson = aLesson({ callDelayMs: 20 });
    await lesson.join();
    const raised = lesson.app.raiseHand.execute();
    await lesson.clock.advance(1_000);
    expect((await raised).ok).toBe(true);
    const lowering = lesson.app.lowerHand.execute();
    lesson.hub.im.setOnline(ME, false, { silently: true });
    const raising = lesson.app.raiseHand.execute();
    await lesson.clock.advance(100);
    expect([(await lowering).ok, (await raising).ok]).toEqual([false, false]);
    expect(lesson.hub.classState().hands).toEqual([ME]);
    expect(lesson.view().me).toMatchObject({ hand: 'raised', queuePosition: 1 });
  });

  it('a hand-lower that could not be sent keeps the hand in its place', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.classmate('s2').hand(true);
    await lesson.clock.advance(10);
    await lesson.app.raiseHand.execute();
    await lesson.clock.advance(10);
    lesson.classmate('s3').hand(true);
    await lesson.settle();
    expect(lesson.view().me.queuePosition).toBe(2);
    lesson.hub.im.setOnline(ME, false, { silently: true });
    expect(await lesson.app.lowerHand.execute()).toMatchObject({ ok: false, code: 'HAND.SEND_FAILED' });
    expect(lesson.view().me).toMatchObject({ hand: 'raised', queuePosition: 2 });
  });
});

describe('a return under way stops when the lesson ends', () => {
  it('after being logged in elsewhere, nothing logs in again or rejoins', async () => {
    const lesson = aLesson({ callDelayMs: 20 });
    await lesson.join();
    lesson.hub.im.setOnline(ME, false);
    await lesson.clock.advance(1_000);
    lesson.hub.im.setOnline(ME, true);
    await lesson.clock.advance(5);
    lesson.hub.im.kickOffline(ME, 'multipleAccount');
    await lesson.clock.advance(5_000);
    expect(lesson.view().status).toBe('kicked');
    expect(lesson.hub.im.isMember(lesson.info.chatGroupId, ME)).toBe(false);
    expect(lesson.hub.im.isMember(lesson.info.signalGroupId, ME)).toBe(false);
    expect(lesson.hub.rtc.isInRoom(lesson.info.roomId, ME)).toBe(false);
  });
});

describe('the in-memory services enforce what the real ones do', () => {
  it.each([
    ['a revoke', (lesson: ReturnType<typeof aLesson>) => void lesson.teacher.command({ type: 'revoke', to: ME })],
    ['a kick', (lesson: ReturnType<typeof aLesson>) => void lesson.teacher.command({ type: 'kick', to: ME })],
    ['going to the background', (lesson: ReturnType<typeof aLesson>) => void lesson.lifecycle.emit('background')],
  ])('%s 5 ms after a grant leaves nothing published', async (_, after) => {
    const lesson = aLesson({ callDelayMs: 20 });
    await lesson.join();
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: true });
    await lesson.clock.advance(5);
    after(lesson);
    await lesson.clock.advance(1_000);
    const stream = lesson.hub.rtc.streamOf(lesson.info.roomId, ME);
    expect({ mic: !!stream?.hasAudio, camera: !!stream?.hasVideo }).toEqual({ mic: false, camera: false });
  });

  it("only the teacher's client shows the board", async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.classmate('s2').board(true);
    lesson.assistant.board(true);
    expect(lesson.view().main).not.toBe('board');
    lesson.teacher.board(true);
    expect(lesson.view().main).toBe('board');
  });
});

describe('reads of the class state that fail or hang', () => {
  it('a class that ended before the join still ends when the first read fails: the read is tried again', async () => {
    const lesson = aLesson();
    lesson.teacher.command({ type: 'endClass' });
    await lesson.settle();
    lesson.holdNextStateRead().fail();
    await lesson.join();
    await lesson.clock.advance(5_000);
    expect(lesson.view().status).toBe('ended');
  });

  it('a read that never answers times out and is tried again, so the join completes', async () => {
    const lesson = aLesson();
    lesson.teacher.command({ type: 'muteChat', on: true });
    await lesson.settle();
    lesson.holdNextStateRead();
    const joining = lesson.app.joinLesson.execute(lesson.info.classId);
    await lesson.clock.advance(15_000);
    await joining;
    expect(lesson.view()).toMatchObject({ status: 'waiting', chatMuted: true });
  });

  it.each([
    ['fails', 'fail'],
    ['answers late', 'release'],
  ] as const)('a read from before leaving that %s does not hold the next lesson’s commands', async (_, end) => {
    const lesson = aLesson();
    await lesson.join();
    const stale = lesson.holdNextStateRead();
    lesson.hub.im.setOnline(ME, false);
    lesson.hub.im.setOnline(ME, true);
    await lesson.clock.advance(10);
    await lesson.app.leaveLesson.execute();
    const rejoined = lesson.app.joinLesson.execute(lesson.info.classId);
    await lesson.clock.advance(10);
    stale[end]();
    await lesson.clock.advance(10);
    await rejoined;
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: false });
    await lesson.settle();
    lesson.teacher.command({ type: 'muteChat', on: true });
    await lesson.clock.advance(1_000);
    expect(lesson.view()).toMatchObject({ chatMuted: true, me: { onStage: true } });
  });

  it('hands replayed over a gap read are only those heard since the read: a lost grant and revoke leave my hand down', async () => {
    const lesson = aLesson();
    await lesson.join();
    await lesson.app.raiseHand.execute();
    await lesson.clock.advance(10);
    lesson.hub.im.setOnline(ME, false, { silently: true });
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: false });
    await lesson.settle();
    lesson.teacher.command({ type: 'revoke', to: ME });
    await lesson.settle();
    lesson.hub.im.setOnline(ME, true, { silently: true });
    lesson.teacher.command({ type: 'muteChat', on: true });
    await lesson.clock.advance(1_000);
    expect(lesson.hub.classState().hands).toEqual([]);
    expect(lesson.view()).toMatchObject({ chatMuted: true, me: { hand: 'down', queuePosition: null } });
  });

  it('a late joiner sees 正在进入课堂 until the state is taken in, and cannot post into a muted chat meanwhile', async () => {
    const lesson = aLesson({ callDelayMs: 20 });
    lesson.teacher.command({ type: 'muteChat', on: true });
    await lesson.settle();
    const joining = lesson.app.joinLesson.execute(lesson.info.classId);
    await lesson.clock.advance(70);
    expect(lesson.view()).toMatchObject({ status: 'joining' });
    expect(await lesson.app.sendText.execute('老师好')).toMatchObject({ ok: false, code: 'LESSON.NOT_ACTIVE' });
    await lesson.clock.advance(1_000);
    await joining;
    expect(lesson.view()).toMatchObject({ status: 'waiting', chatMuted: true });
    expect(lesson.teacher.heardChat()).toEqual([]);
  });

  it('two staff clients that use the same number at once make the student read the state', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.command({ type: 'muteChat', on: true });
    await lesson.settle();
    // The assistant's client numbered its command before it saw the teacher's: both carry 1.
    lesson.assistant.raw('signal', JSON.stringify({ v: 3, seq: 1, type: 'grant', to: 's2', mic: true, camera: false }));
    await lesson.settle();
    expect(lesson.logger.entries).toContainEqual({ level: 'info', event: 'class_state.read', detail: { why: 'sequence-clash', seq: 1 } });
  });
});
