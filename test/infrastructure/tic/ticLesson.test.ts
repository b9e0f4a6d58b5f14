import { failureText } from '../../../miniprogram/viewmodels/studentText';
import { MAX_SIGNAL_BYTES } from '../../../infrastructure/shared/signalling/SignalProtocol';
import { lessonUseCases } from '../../../infrastructure/composition/createContainer';
import { PORTS } from '../../../application/ports/tokens';
import { ChatPort } from '../../../application/ports/ChatPort';
import { ClassControlPort, INITIAL_CLASS_STATE } from '../../../application/ports/ClassControlPort';
import { aTicLesson, TIC_CLASS } from './support/ticLesson';

describe('a lesson on the TIC adapters, built by the composition root', () => {
  let lesson: ReturnType<typeof aTicLesson>;
  beforeEach(() => (lesson = aTicLesson()));

  it('logs in, joins the classroom once for chat and signalling, and enters webrtc-room without its own IM', async () => {
    await expect(lesson.join()).resolves.toEqual({ ok: true, value: undefined });
    expect(lessonUseCases(lesson.container)).toBe(lesson.app);
    expect(lesson.page.tic).toMatchObject({ userId: 's1', classId: 2001, boardOption: { drawEnable: false } });
    expect(lesson.page.roomAttributes()).toMatchObject({
      roomID: 2001,
      userID: 's1',
      enableIM: false,
      useCloud: true,
      muted: true,
      enableCamera: false,
    });
    expect(lesson.page.room.started).toBe(1);
    expect(lesson.view().status).toBe('waiting');
  });

  it('shows no member count: TIC has none and its IM object is WebIM v1, without getGroupProfile', async () => {
    await lesson.join();
    expect(lesson.page.tic.getImInstance()).not.toHaveProperty('getGroupProfile');
    expect(lesson.view().memberCount).toBe(0);
  });

  it('is a 1-to-1 family: with the teacher in the room, a second student is refused with a clear message', async () => {
    lesson.cloud.push('t1');
    await lesson.join();
    expect(lesson.page.room.entered).toBe(true);
    const second = aTicLesson({ userId: 's2', cloud: lesson.cloud });
    const result = await second.join();
    expect(result).toEqual({ ok: false, code: 'JOIN.ROOM_FULL' });
    expect(failureText('JOIN.ROOM_FULL')).toBe('课堂人数已满，暂时进不去，请稍后再试');
    expect(second.view().status).toBe('error');
  });

  it('shows the teacher when the teacher starts publishing, and stops when they leave the room', async () => {
    await lesson.join();
    lesson.cloud.push('t1');
    expect(lesson.view()).toMatchObject({ status: 'live', main: 'teacher' });
    lesson.cloud.board.show(0);
    expect(lesson.view()).toMatchObject({ main: 'board', teacherPip: true });
    lesson.cloud.stopPush('t1');
    expect(lesson.view()).toMatchObject({ main: 'board', teacherPip: false });
  });

  it('shows the board while the teacher has courseware open, follows its pages, with drawing off', async () => {
    await lesson.join();
    expect(lesson.app.session.classroom.board).toEqual({ on: false, page: 0 });
    lesson.cloud.board.show(2);
    expect(lesson.app.session.classroom.board).toEqual({ on: true, page: 2 });
    lesson.cloud.board.hide();
    expect(lesson.app.session.classroom.board).toEqual({ on: false, page: 0 });
    expect(lesson.page.tic.getBoardInstance()?.drawEnable).toBe(false);
  });

  it('comes on stage when the teacher grants the microphone, and webrtc-room unmutes', async () => {
    await lesson.join();
    lesson.command('t1', { type: 'grant', to: 's1', mic: true, camera: false });
    await lesson.clock.advance(0);
    expect(lesson.view().me).toMatchObject({ onStage: true, mic: 'on', camera: 'not-allowed' });
    expect(lesson.page.roomAttributes()).toMatchObject({ muted: false, enableCamera: false });
    lesson.command('a1', { type: 'revoke', to: 's1' });
    await lesson.clock.advance(0);
    expect(lesson.view().me.onStage).toBe(false);
    expect(lesson.page.roomAttributes()).toMatchObject({ muted: true, enableCamera: false });
  });

  it("tells the school server of a raised hand, which publishes it on the student's behalf; hears classmates raise theirs", async () => {
    await lesson.join();
    await expect(lesson.app.raiseHand.execute()).resolves.toMatchObject({ ok: true });
    await lesson.clock.advance(0);
    expect(lesson.cloud.groupCustomSent.map(({ from, data }) => ({ from, data: JSON.parse(data) }))).toEqual([
      { from: 's1', data: { v: 3, type: 'hand', raised: true, rev: 1 } },
    ]);
    lesson.hand('s2', true);
    await lesson.clock.advance(0);
    expect(lesson.app.session.classroom.hands.userIds).toEqual(['s1', 's2']);
  });

  describe('drops signals it must not obey, leaving the lesson as it was', () => {
    // A reason: the codec drops it, logged once; null: it decodes, and the classroom refuses the sender.
    const bad: [string, string | null, string, string][] = [
      ['malformed JSON', 'malformed', 't1', '{"v":3,"seq":1,"type":"endClass"'],
      ['a version 1 command', 'old-version', 't1', JSON.stringify({ v: 1, type: 'endClass' })],
      ['a version 2 command', 'old-version', 't1', JSON.stringify({ v: 2, seq: 1, type: 'endClass' })],
      ['an unknown version', 'unknown-version', 't1', JSON.stringify({ v: 4, seq: 1, type: 'endClass' })],
      ['an unknown command', 'unknown-command', 't1', JSON.stringify({ v: 3, seq: 1, type: 'dance' })],
      ['wrong field types', 'bad-fields', 't1', JSON.stringify({ v: 3, seq: 1, type: 'muteChat', on: 'yes' })],
      ['an oversized payload', 'oversized', 't1', JSON.stringify({ v: 3, seq: 1, type: 'endClass', pad: 'x'.repeat(MAX_SIGNAL_BYTES) })],
      ['a command from a classmate', null, 's2', JSON.stringify({ v: 3, seq: 1, type: 'endClass' })],
      [
        'a classmate claiming to be the teacher',
        null,
        's2',
        JSON.stringify({ v: 3, seq: 1, type: 'kick', to: 's1', from: 't1', role: 'teacher' }),
      ],
      ['a hand raised by the teacher', null, 't1', JSON.stringify({ v: 3, type: 'hand', raised: true })],
    ];

    it.each(bad)('%s', async (_, reason, from, data) => {
      await lesson.join();
      lesson.cloud.push('t1');
      const before = lesson.view();
      lesson.custom(from, data);
      await lesson.clock.advance(0);
      expect(lesson.view()).toEqual(before);
      expect(lesson.logger.entries.filter((entry) => entry.event === 'signal.dropped')).toEqual(
        reason ? [{ level: 'warn', event: 'signal.dropped', detail: { reason, from } }] : [],
      );
    });
  });

  it('ends the lesson on endClass, and when the teacher destroys the classroom', async () => {
    await lesson.join();
    lesson.command('t1', { type: 'endClass' });
    await lesson.clock.advance(0);
    expect(lesson.view().status).toBe('ended');

    const other = aTicLesson();
    await other.join();
    other.cloud.destroyClassroom(TIC_CLASS.trtcRoomId);
    expect(other.view().status).toBe('ended');
  });

  it('drops a classmate’s hand that TIC delivers again after a later one (TIC gives no message id; the server numbers hands)', async () => {
    await lesson.join();
    lesson.hand('s2', true);
    await lesson.clock.advance(0);
    const raised = lesson.cloud.groupCustomSent.at(-1)!;
    expect(JSON.parse(raised.data)).toMatchObject({ type: 'hand', raised: true, rev: expect.any(Number) });
    lesson.hand('s2', false);
    await lesson.clock.advance(0);
    expect(lesson.app.session.classroom.hands.isRaised('s2')).toBe(false);
    lesson.custom('s2', raised.data);
    expect(lesson.app.session.classroom.hands.isRaised('s2')).toBe(false);
  });

  it('ends the lesson when the student logs in elsewhere', async () => {
    await lesson.join();
    lesson.cloud.forceOffline('s1');
    expect(lesson.app.session.classroom.exitReason).toBe('logged-in-elsewhere');
  });

  it('enters again when webrtc-room leaves the room, which it reports alike for every reason; only the school removes', async () => {
    await lesson.join();
    lesson.page.room.kickedOut();
    expect(lesson.view().status).toBe('reconnecting');
    expect(lesson.app.session.classroom.exitReason).toBeUndefined();
    await lesson.clock.advance(1_000);
    expect(lesson.page.room.started).toBe(2);
    expect(lesson.view().status).not.toBe('kicked');
    lesson.command('t1', { type: 'kick', to: 's1' });
    await lesson.clock.advance(0);
    expect(lesson.app.session.classroom.exitReason).toBe('removed');
  });

  it('shows chat from classmates and sends my own; a picture is refused as unsupported', async () => {
    await lesson.join();
    lesson.cloud.sendGroupText('s2', '老师好');
    await expect(lesson.app.sendText.execute('我也到了')).resolves.toMatchObject({ ok: true });
    expect(lesson.cloud.groupTextSent).toEqual([{ from: 's1', text: '我也到了' }]);
    expect(lesson.view().chat).toEqual([
      { from: 's2', text: '老师好' },
      { from: 's1', text: '我也到了', state: 'sent' },
    ]);
    const chat = lesson.container.get<ChatPort>(PORTS.chat);
    await expect(chat.sendImage({ path: 'wxfile://tmp/a.jpg', size: 10, type: 'image' }, () => undefined)).rejects.toMatchObject({
      code: 'UNSUPPORTED',
    });
  });

  it("reads the class state from the school server, whatever TIC's WebIM object offers; a classmate cannot change it", async () => {
    await lesson.join();
    const state = { ...INITIAL_CLASS_STATE, seq: 4, stage: [{ userId: 's2', mic: true, camera: false }], chatMuted: true };
    await lesson.school.seed(TIC_CLASS.classId, state);
    expect(await lesson.school.command(TIC_CLASS.classId, 's2', { type: 'endClass' })).toMatchObject({ ok: false, code: 'NOT_STAFF' });
    const control = lesson.container.get<ClassControlPort>(PORTS.control);
    await expect(control.currentState()).resolves.toEqual(state);
  });

  it('reports a dropped connection and fails the join with a Chinese message when the room key is wrong', async () => {
    await lesson.join();
    lesson.cloud.dropConnection();
    expect(lesson.logger.entries).toContainEqual({
      level: 'error',
      event: 'media.error',
      detail: { code: 'TIC.ROOM.ERROR_PUSH_DISCONNECT', message: '音视频连接已断开，请检查网络' },
    });

    const refused = aTicLesson({ privateMapKey: 'stolen' });
    await expect(refused.join()).resolves.toMatchObject({ ok: false });
    expect(refused.logger.entries.find((entry) => entry.event === 'join.rooms_failed')?.detail?.error).toContain('进入课堂的密钥不正确');
  });

  it("enters webrtc-room with the room key the school server signed for this student and this class's room", async () => {
    await expect(lesson.join()).resolves.toMatchObject({ ok: true });
    expect(lesson.requests.map((request) => new URL(request.url).pathname)).toEqual([
      '/api/classes/math-101',
      '/api/classes/math-101/credentials',
      '/api/classes/math-101/room-key',
      '/api/classes/math-101/state',
    ]);
    expect(lesson.requests[2].header).toEqual({ Authorization: 'Bearer session-s1' });
    expect(lesson.page.roomAttributes()).toMatchObject({ privateMapKey: 'pmk-2001-s1' });
    expect(lesson.page.room.entered).toBe(true);
  });

  it.each([
    ['the network drops while asking for it', { fail: 'request:fail' }],
    ['the school server refuses the student', { statusCode: 403, data: { error: 'NOT_ENROLLED' } }],
    ['the key is for someone else', { statusCode: 200, data: { userId: 's2', privateMapKey: 'pmk-2001-s2' } }],
  ])('does not enter webrtc-room without a room key for this student: %s', async (_, roomKeyReply) => {
    const refused = aTicLesson({ roomKeyReply });
    await expect(refused.join()).resolves.toMatchObject({ ok: false });
    expect(refused.page.room.started).toBe(0);
    expect(refused.logger.entries.find((entry) => entry.event === 'join.rooms_failed')?.detail?.error).toContain('获取进入课堂的密钥失败');
  });
});
