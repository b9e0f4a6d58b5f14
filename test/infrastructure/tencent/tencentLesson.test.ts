import { MAX_SIGNAL_BYTES, SIGNAL_EXTENSION } from '../../../infrastructure/shared/signalling/SignalProtocol';
import { aTencentLesson, CLASS } from './support/tencentLesson';
import { TYPES } from './support/StandInTim';
import { settle } from '../../../infrastructure/local/ManualClock';
import { failureText } from '../../../miniprogram/viewmodels/studentText';
import { nativePicker } from '../../../infrastructure/shared/wechat/NativePicker';
import { entered, kicked, pusherCode, userJoined, video } from './support/trtcCodes';

describe('a lesson on the Tencent adapters', () => {
  let lesson: ReturnType<typeof aTencentLesson>;
  beforeEach(() => (lesson = aTencentLesson()));
  afterEach(() => lesson.uninstall());

  it('joins the room and both groups, and goes live when the teacher turns the camera on', async () => {
    await expect(lesson.join()).resolves.toEqual({ ok: true, value: undefined });
    expect(lesson.view()).toMatchObject({ status: 'waiting', memberCount: 12 });
    expect([...lesson.tim().joined].sort()).toEqual([CLASS.chatGroupId, CLASS.signalGroupId]);
    lesson.teacherOnCamera();
    expect(lesson.view()).toMatchObject({ status: 'live', main: 'teacher' });
    expect(lesson.page.players()).toEqual([expect.objectContaining({ id: 't1_main', muteVideo: false, muteAudio: false })]);
  });

  it('shows the board as the main view while the teacher pushes it on the aux stream', async () => {
    await lesson.join();
    lesson.teacherOnCamera();
    lesson.pusher(video('t1', true, 'aux'));
    expect(lesson.view()).toMatchObject({ main: 'board', teacherPip: true });
    expect(lesson.page.players().map(({ id, muteVideo, source }) => ({ id, muteVideo, source }))).toEqual([
      { id: 't1_main', muteVideo: false, source: 'camera' },
      { id: 't1_aux', muteVideo: false, source: 'board' },
    ]);
    expect(lesson.slots()).toEqual(['t1:camera pip', 't1:board main']);
    lesson.pusher(video('t1', false, 'aux'));
    expect(lesson.view()).toMatchObject({ main: 'teacher', teacherPip: false });
    expect(lesson.slots()).toEqual(['t1:camera main']);
  });

  it('does not play a classmate who publishes without being on stage', async () => {
    await lesson.join();
    lesson.pusher(userJoined('s2'));
    lesson.pusher(video('s2', true));
    expect(lesson.page.players()).toEqual([expect.objectContaining({ id: 's2_main', muteVideo: true, muteAudio: true })]);
  });

  it('comes on stage when the teacher grants the microphone, and the pusher publishes it', async () => {
    await lesson.join();
    lesson.command('t1', { type: 'grant', to: 's1', mic: true, camera: false });
    await lesson.clock.advance(0);
    expect(lesson.view().me).toMatchObject({ onStage: true, mic: 'on', camera: 'not-allowed' });
    expect(lesson.page.pusher()).toMatchObject({ enableMic: true, enableCamera: false });
    lesson.command('a1', { type: 'revoke', to: 's1' });
    await lesson.clock.advance(0);
    expect(lesson.view().me.onStage).toBe(false);
    expect(lesson.page.pusher()).toMatchObject({ enableMic: false, enableCamera: false });
  });

  it("tells the school server of a raised hand, which publishes it at low priority on the student's behalf; hears classmates raise theirs", async () => {
    await lesson.join();
    await expect(lesson.app.raiseHand.execute()).resolves.toMatchObject({ ok: true });
    await lesson.clock.advance(0);
    const told = lesson.schoolRequests.filter((request) => request.method === 'POST');
    expect(told.map((request) => [new URL(request.url).pathname, request.data])).toEqual([
      ['/api/classes/math-101/hand', { raised: true }],
    ]);
    // The student's own client sends nothing on the signalling group: IM stamps the student as the sender of what the server sends.
    expect(lesson.tim().sent.filter((sent) => sent.to === CLASS.signalGroupId)).toEqual([]);
    expect(lesson.published).toMatchObject([{ groupId: CLASS.signalGroupId, senderId: 's1', priority: 'Low' }]);
    expect(JSON.parse(lesson.published[0].data)).toEqual({ v: 3, type: 'hand', raised: true, rev: 1 });
    lesson.hand('s2', true);
    await lesson.clock.advance(0);
    expect(lesson.app.session.classroom.hands.userIds).toEqual(['s1', 's2']);
  });

  describe('drops signals it must not obey, leaving the lesson as it was', () => {
    const wire = (body: unknown) => ({
      data: typeof body === 'string' ? body : JSON.stringify(body),
      description: '',
      extension: SIGNAL_EXTENSION,
    });
    // A reason: the codec drops it, logged once; null: it decodes, and the classroom refuses the sender.
    const bad: [string, string | null, string, Record<string, unknown>][] = [
      ['malformed JSON', 'malformed', 't1', wire('{"v":3,"seq":1,"type":"endClass"')],
      ['a version 1 command', 'old-version', 't1', wire({ v: 1, type: 'endClass' })],
      ['a version 2 command', 'old-version', 't1', wire({ v: 2, seq: 1, type: 'endClass' })],
      ['an unknown version', 'unknown-version', 't1', wire({ v: 4, seq: 1, type: 'endClass' })],
      ['an unknown command', 'unknown-command', 't1', wire({ v: 3, seq: 1, type: 'dance' })],
      ['wrong field types', 'bad-fields', 't1', wire({ v: 3, seq: 1, type: 'muteChat', on: 'yes' })],
      ['an oversized payload', 'oversized', 't1', wire({ v: 3, seq: 1, type: 'endClass', pad: 'x'.repeat(MAX_SIGNAL_BYTES) })],
      ['a command from a classmate', null, 's2', wire({ v: 3, seq: 1, type: 'endClass' })],
      [
        'a classmate claiming to be the teacher',
        null,
        's2',
        wire({ v: 3, seq: 1, type: 'kick', to: 's1', from: 't1', sender: 't1', role: 'teacher' }),
      ],
      ['a hand raised by the teacher', null, 't1', wire({ v: 3, type: 'hand', raised: true })],
    ];

    it.each(bad)('%s', async (_, reason, from, payload) => {
      await lesson.join();
      lesson.teacherOnCamera();
      const before = lesson.view();
      const hands = lesson.app.session.classroom.hands.userIds;
      lesson.signal(from, payload);
      await lesson.clock.advance(0);
      expect(lesson.view()).toEqual(before);
      expect(lesson.app.session.classroom.hands.userIds).toEqual(hands);
      expect(lesson.logger.entries.filter((entry) => entry.event === 'signal.dropped')).toEqual(
        reason ? [{ level: 'warn', event: 'signal.dropped', detail: { reason, from } }] : [],
      );
    });

    it('ignores other protocols sharing the group, such as the board', async () => {
      await lesson.join();
      const before = lesson.view();
      lesson.signal('t1', { data: '{"whatever":true}', description: '', extension: 'TXWhiteBoardExt' });
      expect(lesson.view()).toEqual(before);
      expect(lesson.logger.count('signal.dropped')).toBe(0);
    });
  });

  it('ends the lesson when the teacher ends the class', async () => {
    await lesson.join();
    lesson.command('t1', { type: 'endClass' });
    await lesson.clock.advance(0);
    expect(lesson.view().status).toBe('ended');
  });

  it('ends the lesson when the student logs in elsewhere, and when the room kicks them out', async () => {
    await lesson.join();
    lesson.tim().emit('kickedOut', { type: TYPES.KICKED_OUT_MULT_DEVICE });
    expect(lesson.app.session.classroom.exitReason).toBe('logged-in-elsewhere');

    const other = aTencentLesson();
    await other.join();
    other.pusher(kicked());
    expect(other.app.session.classroom.exitReason).toBe('removed');
    other.uninstall();
  });

  it('shows chat from classmates and sends my own', async () => {
    await lesson.join();
    lesson.tim().deliver({
      ID: 'c1',
      type: TYPES.MSG_TEXT as string,
      payload: { text: '老师好' },
      to: CLASS.chatGroupId,
      from: 's2',
      conversationType: 'GROUP',
      time: 1,
    });
    await expect(lesson.app.sendText.execute('我也到了')).resolves.toMatchObject({ ok: true });
    expect(lesson.view().chat).toEqual([
      { from: 's2', text: '老师好' },
      { from: 's1', text: '我也到了', state: 'sent' },
    ]);
  });

  it('enters the media room again after the pusher gives up (-1307), and the lesson goes on', async () => {
    await lesson.join();
    lesson.teacherOnCamera();
    lesson.pusher(pusherCode(-1307, 'push connection lost'));
    expect(lesson.view().status).toBe('reconnecting');
    expect(lesson.liveContexts.pusher).toMatchObject({ started: 1, stopped: 0 });
    await lesson.clock.advance(1_000);
    expect(lesson.liveContexts.pusher).toMatchObject({ started: 2, stopped: 1 });
    lesson.pusher(entered());
    await settle();
    lesson.teacherOnCamera();
    expect(lesson.view()).toMatchObject({ status: 'live', main: 'teacher' });
  });

  it('enters the room in the scene the class names, and again in it after a drop', async () => {
    lesson.uninstall();
    lesson = aTencentLesson({ classInfo: { trtcScene: 'videocall' } });
    await lesson.join();
    expect(String(lesson.page.pusher().url)).toContain('&appscene=videocall&');
    lesson.pusher(pusherCode(1021, 'network type changed'));
    await lesson.clock.advance(1_000);
    expect(lesson.liveContexts.pusher).toMatchObject({ started: 2 });
    expect(String(lesson.page.pusher().url)).toContain('&appscene=videocall&');
  });

  it('tells the student in Chinese why the media room refused them', async () => {
    const joining = lesson.app.joinLesson.execute(CLASS.classId);
    await settle();
    lesson.pusher(pusherCode(-100013, 'service suspended'));
    const result = await joining;
    expect(result).toEqual({ ok: false, code: 'JOIN.SUSPENDED' });
    expect(failureText(result.ok ? 'JOIN.FAILED' : result.code)).toBe('课堂音视频服务已暂停，请联系老师或学校');
  });

  describe('picking a picture on stage', () => {
    const onStage = async () => {
      await lesson.join();
      lesson.command('t1', { type: 'grant', to: 's1', mic: true, camera: true });
      await lesson.clock.advance(0);
      expect(lesson.page.pusher()).toMatchObject({ enableMic: true, enableCamera: true });
    };

    it.each(['show-first', 'callback-first'] as const)(
      'keeps my microphone and camera on while the picker covers the app (%s), then sends the picture',
      async (order) => {
        await onStage();
        nativePicker.pickImage(lesson.phone, (image) => void lesson.app.sendImage.execute(image));
        await lesson.clock.advance(0);
        expect(lesson.page.pusher()).toMatchObject({ enableMic: true, enableCamera: true });
        lesson.phone.pickerCloses({ tempFilePath: 'wxfile://tmp/homework.png', size: 2048 }, order);
        await lesson.clock.advance(0);
        expect(lesson.page.pusher()).toMatchObject({ enableMic: true, enableCamera: true });
        expect(lesson.tim().sent.map((message) => message.type)).toEqual([TYPES.MSG_IMAGE]);
        expect(nativePicker.isOpen).toBe(false);
      },
    );

    it('keeps them on when the picker is cancelled, and still stops them when I really leave the app', async () => {
      await onStage();
      nativePicker.pickImage(lesson.phone, () => undefined);
      lesson.phone.pickerCloses(undefined, 'show-first');
      await lesson.clock.advance(0);
      expect(lesson.page.pusher()).toMatchObject({ enableMic: true, enableCamera: true });
      lesson.phone.goBackground();
      await lesson.clock.advance(0);
      expect(lesson.page.pusher()).toMatchObject({ enableMic: false, enableCamera: false });
      lesson.phone.comeBack();
      await lesson.clock.advance(0);
      expect(lesson.page.pusher()).toMatchObject({ enableMic: true, enableCamera: true });
    });
  });
});
