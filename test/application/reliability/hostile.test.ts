import { TeacherCommand } from '../../../domain/classroom/TeacherCommand';
import { MAX_SIGNAL_BYTES } from '../../../infrastructure/shared/signalling/SignalProtocol';
import { aLesson, ME } from '../../support/lessonHarness';

async function liveLessonWithStage() {
  const lesson = aLesson();
  await lesson.join();
  lesson.teacher.camera(true);
  lesson.teacher.board(true);
  lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: false });
  await lesson.settle();
  lesson.teacher.command({ type: 'grant', to: 's3', mic: true, camera: true });
  await lesson.settle();
  lesson.teacher.chat({ text: '开始上课' });
  await lesson.settle();
  return lesson;
}

const logged = (lesson: ReturnType<typeof aLesson>, event: string) => lesson.logger.entries.filter((entry) => entry.event === event);

describe('hostile input from classmates and the wire', () => {
  it('1,000 grant, revoke, kick and end commands from classmates change nothing', async () => {
    const lesson = await liveLessonWithStage();
    const classmates = ['s2', 's4', 's5', 's6', 's7'].map((id) => lesson.classmate(id));
    const before = lesson.view();
    const published = { ...lesson.media.published };
    const commands: TeacherCommand[] = [
      { type: 'grant', to: 's2', mic: true, camera: true },
      { type: 'revoke', to: ME },
      { type: 'kick', to: ME },
      { type: 'endClass' },
    ];
    for (let i = 0; i < 1_000; i++) {
      classmates[i % classmates.length].command(commands[i % commands.length]);
      if (i % 25 === 24) await lesson.clock.advance(1_000);
    }
    await lesson.settle();
    // The grant's notice has had its time on screen meanwhile; nothing else may differ.
    expect(lesson.view()).toEqual({ ...before, notice: null });
    expect(lesson.media.published).toEqual(published);
    expect(logged(lesson, 'input.dropped')).toEqual([{ level: 'warn', event: 'input.dropped', detail: { kind: 'signal-not-staff' } }]);
    expect(lesson.app.session.classroom.sequence).toBe(lesson.hub.classState().seq);
  });

  const malformed: [string, string][] = [
    ['malformed JSON', '{"v":3,"seq":9,"type":"endClass"'],
    ['not an object', '[1,2,3]'],
    ['a version 1 command', JSON.stringify({ v: 1, type: 'endClass' })],
    ['an unknown version', JSON.stringify({ v: 9, seq: 9, type: 'endClass' })],
    ['an unknown command', JSON.stringify({ v: 3, seq: 9, type: 'selfDestruct' })],
    ['a command without a sequence number', JSON.stringify({ v: 3, type: 'endClass' })],
    ['wrong field types', JSON.stringify({ v: 3, seq: 9, type: 'grant', to: ME, mic: 'yes', camera: 1 })],
    ['a missing target', JSON.stringify({ v: 3, seq: 9, type: 'revoke' })],
    ['an oversized payload', JSON.stringify({ v: 3, seq: 9, type: 'endClass', pad: 'x'.repeat(MAX_SIGNAL_BYTES) })],
  ];

  it.each(malformed)('%s from the teacher leaves the lesson as it was, logged once', async (_, payload) => {
    const lesson = await liveLessonWithStage();
    const before = lesson.view();
    for (let i = 0; i < 3; i++) lesson.teacher.raw('signal', payload);
    await lesson.settle();
    expect(lesson.view()).toEqual(before);
    expect(logged(lesson, 'signal.dropped')).toHaveLength(1);
  });

  it('a command about another student changes only that student', async () => {
    const lesson = await liveLessonWithStage();
    lesson.teacher.command({ type: 'revoke', to: 's3' });
    await lesson.settle();
    lesson.teacher.command({ type: 'kick', to: 's3' });
    await lesson.settle();
    expect(lesson.view()).toMatchObject({ status: 'live', coHosts: [], me: { onStage: true, mic: 'on' } });
  });

  it('a teacher command delivered twice has the effect of once', async () => {
    const lesson = await liveLessonWithStage();
    await lesson.app.turnMicrophone.execute(false);
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: false });
    await lesson.settle();
    expect(lesson.view().me).toMatchObject({ onStage: true, mic: 'off' });
    expect(lesson.media.published).toEqual({ mic: false, camera: false });
  });

  it('a classmate flooding the signalling channel is cut off past 40 a second, logged once', async () => {
    const lesson = await liveLessonWithStage();
    const s2 = lesson.classmate('s2');
    for (let i = 0; i < 200; i++) s2.hand(i % 2 === 0);
    await lesson.settle();
    expect(lesson.classroom().hands.userIds).toEqual([]);
    expect(logged(lesson, 'input.dropped')).toEqual([
      { level: 'warn', event: 'input.dropped', detail: { kind: 'signal-flooding', senderId: 's2' } },
    ]);
    await lesson.clock.advance(1_000);
    s2.hand(true);
    await lesson.settle();
    expect(lesson.classroom().hands.userIds).toEqual(['s2']);
  });

  it('a classmate flooding the chat shows at most 40 of their lines a second, logged once', async () => {
    const lesson = await liveLessonWithStage();
    const s2 = lesson.classmate('s2');
    for (let i = 0; i < 300; i++) s2.chat({ text: `刷屏${i}` });
    lesson.teacher.chat({ text: '请不要刷屏' });
    expect(lesson.classroom().chat.messages.filter((line) => line.from === 's2')).toHaveLength(40);
    expect(lesson.classroom().chat.messages.at(-1)).toMatchObject({ from: 't1', text: '请不要刷屏' });
    expect(logged(lesson, 'input.dropped')).toEqual([
      { level: 'warn', event: 'input.dropped', detail: { kind: 'chat-flooding', senderId: 's2' } },
    ]);
  });

  it('shows chat text as text, and pictures only from https addresses', async () => {
    const lesson = await liveLessonWithStage();
    const s2 = lesson.classmate('s2');
    s2.chat({ text: '<img src=x onerror="alert(1)">' });
    for (const url of ['http://im.example/a.png', 'javascript:alert(1)', 'wxfile://tmp/a.png', 'https://im.example/a b.png'])
      s2.chat({ imageUrl: url });
    s2.chat({ imageUrl: 'https://im.example/ok.png' });
    expect(lesson.classroom().chat.messages.slice(-2)).toEqual([
      expect.objectContaining({ from: 's2', text: '<img src=x onerror="alert(1)">' }),
      expect.objectContaining({ from: 's2', imageUrl: 'https://im.example/ok.png' }),
    ]);
    expect(logged(lesson, 'input.dropped')).toEqual([
      { level: 'warn', event: 'input.dropped', detail: { kind: 'insecure-image', from: 's2' } },
    ]);
  });
});
