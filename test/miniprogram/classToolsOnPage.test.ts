/**
 * @jest-environment jsdom
 */
import { aLessonIn, builtApp, joinedLessonPage, ME, openLessonPage, pass, shows, text } from './support/lessonOnPage';
import { removeBuild } from './support/builtApp';

type App = Awaited<ReturnType<typeof builtApp>>;
let app: App;
beforeAll(async () => {
  app = await builtApp('class-tools-on-page');
}, 60_000);
afterAll(() => removeBuild(app?.dist));

/** The page's setData calls, counted with their bytes (the card's own component writes nothing but a put-away check-in). */
function counted(page: Awaited<ReturnType<typeof joinedLessonPage>>['page'], clock: { now(): number }) {
  const calls: { at: number; bytes: number }[] = [];
  const setData = page.instance.setData.bind(page.instance);
  page.instance.setData = (data: Record<string, unknown>) => {
    calls.push({ at: clock.now(), bytes: Buffer.byteLength(JSON.stringify(data)) });
    setData(data);
  };
  return calls;
}

describe('the class tools on the lesson page', () => {
  it('shows the answer card, takes the picks and 提交, shows the results, and costs one call to open, one a second, one to close', async () => {
    const { lesson, page } = await joinedLessonPage(app);
    lesson.teacher.camera(true);
    await pass(lesson, 500);
    const calls = counted(page, lesson.clock);
    lesson.teacher.ask({ type: 'question', id: 'q1', options: ['二分之一', '三分之一', '四分之一'], multiple: false, seconds: 30 }, ['A']);
    await pass(lesson, 100);
    expect(text(page, '#class-tool >>> #tool-question')).toContain('答题卡');
    const opening = calls.splice(0);
    expect(opening.length).toBe(1);
    expect(opening[0].bytes).toBeLessThan(1024);

    await pass(lesson, 3000);
    const ticking = calls.splice(0);
    // The seconds left, once a second: three calls in three seconds, each a few dozen bytes.
    expect(ticking.length).toBeLessThanOrEqual(4);
    expect(Math.max(...ticking.map((call) => call.bytes))).toBeLessThan(200);

    page.querySelector('#class-tool >>> #tool-option-A')!.dispatchEvent('tap');
    await pass(lesson, 50);
    page.querySelector('#class-tool >>> #tool-submit')!.dispatchEvent('tap');
    await pass(lesson, 500);
    expect(text(page, '#class-tool >>> #tool-question-status')).toContain('已提交');
    lesson.classmate('s2').reply({ kind: 'answer', questionId: 'q1', choices: ['B'] });
    await pass(lesson, 500);
    calls.splice(0);
    lesson.teacher.closeQuestion('q1');
    await pass(lesson, 100);
    expect(text(page, '#class-tool >>> #tool-question-status')).toBe('回答正确');
    expect(text(page, '#class-tool >>> #tool-option-B')).toContain('1 人');
    const closing = calls.splice(0);
    expect(closing.length).toBe(1);
    expect(closing[0].bytes).toBeLessThan(1024);

    page.querySelector('#class-tool >>> #tool-close')!.dispatchEvent('tap');
    await pass(lesson, 100);
    expect(shows(page, '#class-tool')).toBe(false);
  });

  it('shows an invitation a student answers, and a check-in that says 已签到 once tapped', async () => {
    const { lesson, page } = await joinedLessonPage(app);
    lesson.teacher.command({ type: 'invite', to: 's1', mic: true, camera: false, seconds: 30 });
    await pass(lesson, 100);
    expect(text(page, '#class-tool >>> #tool-invitation')).toContain('接受后将开启：麦克风');
    page.querySelector('#class-tool >>> #tool-accept')!.dispatchEvent('tap');
    await pass(lesson, 500);
    expect(shows(page, '#class-tool')).toBe(false);
    expect(text(page, '#controls >>> #mic')).toContain('已开启');

    lesson.teacher.command({ type: 'checkIn', id: 'c1', seconds: 60 });
    await pass(lesson, 100);
    page.querySelector('#class-tool >>> #tool-check-in-tap')!.dispatchEvent('tap');
    await pass(lesson, 500);
    expect(text(page, '#checked-in')).toBe('已签到');
    expect(shows(page, '#class-tool')).toBe(false);
  });

  it("shows a classmate's rewards on their tile to a student who joins late, keeps them across a drop, and shows mine on my preview", async () => {
    const lesson = aLessonIn(app.core);
    lesson.teacher.command({ type: 'grant', to: 's2', mic: true, camera: true });
    lesson.classmate('s2').camera(true).mic(true);
    lesson.teacher.command({ type: 'reward', to: 's2' });
    lesson.teacher.command({ type: 'reward', to: 's2' });
    const page = openLessonPage(app.dist);
    await pass(lesson, 1000);
    expect(text(page, '#co-hosts >>> #co-host-s2')).toContain('🏆 2');

    lesson.hub.im.setOnline(ME, false);
    lesson.teacher.command({ type: 'reward', to: 's2' });
    await pass(lesson, 2000);
    lesson.hub.im.setOnline(ME, true);
    await pass(lesson, 6000);
    expect(text(page, '#co-hosts >>> #co-host-s2')).toContain('🏆 3');

    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: true });
    await pass(lesson, 500);
    expect(shows(page, '#preview')).toBe(true);
    expect(shows(page, '#my-trophy')).toBe(false);
    lesson.teacher.command({ type: 'reward', to: ME });
    await pass(lesson, 100);
    expect(text(page, '#my-trophy')).toBe('🏆 1');
    expect(text(page, '#rewards')).toBe('🏆 1');
    // Sent back off the stage: no preview, so no badge on it; the corner keeps the count.
    lesson.teacher.command({ type: 'revoke', to: ME });
    await pass(lesson, 500);
    expect(shows(page, '#my-trophy')).toBe(false);
    expect(text(page, '#rewards')).toBe('🏆 1');
  });
});
