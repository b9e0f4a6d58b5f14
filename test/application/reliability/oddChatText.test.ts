import { aLesson } from '../../support/lessonHarness';

const RLO = '\u202E';
const ZERO_WIDTH_SPACE = '\u200B';

async function liveLesson() {
  const lesson = aLesson();
  await lesson.join();
  lesson.teacher.camera(true);
  await lesson.settle();
  return lesson;
}

const chatLines = (lesson: Awaited<ReturnType<typeof liveLesson>>) => lesson.view().chat.map(({ from, text }) => ({ from, text }));
const drops = (lesson: Awaited<ReturnType<typeof liveLesson>>) => lesson.logger.entries.filter((entry) => entry.event === 'input.dropped');

describe('odd chat text from classmates is shown as the student’s own text would be', () => {
  it('drops text with nothing visible in it (blanks, zero-width characters, controls), logged once', async () => {
    const lesson = await liveLesson();
    const s2 = lesson.classmate('s2');
    for (const text of ['   ', '\n\t ', ZERO_WIDTH_SPACE, `${ZERO_WIDTH_SPACE}\u2060\uFEFF`, '\u0000\u0007', RLO, `\u200D${RLO}\u2066 `])
      s2.raw('chat', text);
    s2.chat({ text: '老师好' });
    expect(chatLines(lesson)).toEqual([{ from: 's2', text: '老师好' }]);
    expect(drops(lesson)).toEqual([{ level: 'warn', event: 'input.dropped', detail: { kind: 'empty-chat', from: 's2' } }]);
  });

  it('trims, neutralises direction overrides and replaces lone surrogates', async () => {
    const lesson = await liveLesson();
    const s2 = lesson.classmate('s2');
    s2.raw('chat', '  你好  ');
    s2.raw('chat', `${RLO}txet desrever`);
    s2.raw('chat', 'a\u202Db\u2067c\u2069');
    s2.raw('chat', '\uD83D');
    s2.raw('chat', 'x\uDE00y😀');
    s2.raw('chat', '👨‍👩‍👧 ❤️');
    expect(chatLines(lesson).map((line) => line.text)).toEqual(['你好', 'txet desrever', 'abc', '\uFFFD', 'x\uFFFDy😀', '👨‍👩‍👧 ❤️']);
    expect(drops(lesson)).toEqual([]);
  });

  it('cuts a long message between characters, never inside one', async () => {
    const lesson = await liveLesson();
    lesson.classmate('s2').raw('chat', `a${'😀'.repeat(2_500)}`);
    const [line] = lesson.view().chat;
    expect(Array.from(line.text!)).toHaveLength(2_000);
    expect(line.text!.endsWith('😀')).toBe(true);
  });

  it('keeps pictures to https addresses, and a picture with blank text still shows', async () => {
    const lesson = await liveLesson();
    const s2 = lesson.classmate('s2');
    s2.chat({ text: ZERO_WIDTH_SPACE, imageUrl: 'https://im.example/ok.png' });
    s2.chat({ text: ZERO_WIDTH_SPACE, imageUrl: 'http://im.example/no.png' });
    expect(lesson.classroom().chat.messages.map(({ text, imageUrl }) => ({ text, imageUrl }))).toEqual([
      { text: undefined, imageUrl: 'https://im.example/ok.png' },
    ]);
    expect(drops(lesson).map((entry) => entry.detail?.kind)).toEqual(['insecure-image']);
  });

  it('gives the student’s own text the same care: nothing visible is refused, overrides are removed', async () => {
    const lesson = await liveLesson();
    expect(await lesson.app.sendText.execute(`${ZERO_WIDTH_SPACE} ${RLO}`)).toEqual({ ok: false, code: 'CHAT.EMPTY', message: undefined });
    expect(await lesson.app.sendText.execute(` ${RLO}好的\uD83D `)).toMatchObject({ ok: true });
    await lesson.settle();
    expect(lesson.view().chat.map((line) => line.text)).toEqual(['好的\uFFFD']);
    expect(lesson.teacher.heardChat()).toEqual(['好的\uFFFD']);
  });
});
