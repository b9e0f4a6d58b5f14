/**
 * @jest-environment jsdom
 */
import { aLessonIn, builtApp, ME, pass, render } from './support/lessonOnPage';
import { removeBuild } from './support/builtApp';
import { maxInWindow } from '../../devtools/bench/setDataStats';

// Issue 18: my own tap within a frame, the teacher's command within 100 ms, 12 calls in any second.
const OWN_TAP_MS = 20;
const TEACHER_COMMAND_MS = 100;
const MAX_CALLS_PER_SECOND = 12;
const CLASSMATES = ['s2', 's3', 's4'];

type App = Awaited<ReturnType<typeof builtApp>>;
let app: App;
beforeAll(async () => {
  app = await builtApp('tap-latency');
}, 60_000);
afterAll(() => removeBuild(app?.dist));
// Seconds of simulated lesson through the rendered page: slow on shared cores, never timed.
jest.setTimeout(30_000);

type Call = { at: number; data: Record<string, unknown> };

/** The lesson page on a lesson already under way, every setData it makes counted with its simulated time. */
async function aBusyLesson() {
  const lesson = aLessonIn(app.core);
  lesson.teacher.camera(true);
  for (const id of CLASSMATES) lesson.classmate(id).chat({ text: `${id} 来了` });
  await pass(lesson, 5000);
  const page = render(app.dist, 'lesson/index');
  const calls: Call[] = [];
  const setData = page.instance.setData.bind(page.instance);
  page.instance.setData = (data: Record<string, unknown>) => {
    calls.push({ at: lesson.clock.now(), data });
    setData(data);
  };
  (page.instance.onLoad as () => void)();
  (page.instance.onShow as () => void)();
  await pass(lesson, 1000);
  /** Calls the page's handler as a tap would; returns the simulated time of the tap. */
  const tap = (handler: string, event?: unknown) => {
    const at = lesson.clock.now();
    (page.instance[handler] as (event?: unknown) => void)(event);
    return at;
  };
  /** Chat at 50 a second and speaking levels at 10 a second for `ms`, calling `during(tick)` each 10 ms. */
  const busy = async (ms: number, during: (tick: number) => void) => {
    for (let tick = 0; tick < ms / 10; tick += 1) {
      during(tick);
      lesson.classmate(CLASSMATES[tick % CLASSMATES.length]).chat({ text: `第 ${tick + 1} 条` });
      if (tick % 10 === 0) lesson.media.reportVolumes(CLASSMATES.map((userId, index) => ({ userId, volume: (tick + index) % 2 ? 60 : 0 })));
      await lesson.clock.advance(10);
    }
  };
  /** Simulated ms from `at` to the first call that carries `field` as `value`. */
  const shownAfter = (at: number, field: string, value: unknown) => {
    const call = calls.find((candidate) => candidate.at >= at && candidate.data[field] === value);
    return call ? call.at - at : Infinity;
  };
  return { lesson, page, calls, tap, busy, shownAfter };
}

describe('my own taps on the lesson page, in a busy lesson', () => {
  it('shows my raised hand, fullscreen and data saver within a frame, and the teacher putting me on stage within 100 ms', async () => {
    const { lesson, calls, tap, busy, shownAfter } = await aBusyLesson();
    const start = lesson.clock.now();
    const at: Record<string, number> = {};
    await busy(2200, (tick) => {
      if (tick === 23) at.hand = tap('onHandTap');
      if (tick === 87) {
        at.grant = lesson.clock.now();
        lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: true });
      }
      if (tick === 141) at.fullscreen = tap('onFullscreenToggle');
      if (tick === 205) at.saver = tap('onSaverTap', { currentTarget: { dataset: { mode: 'audio-only' } } });
    });
    await pass(lesson, 300);
    expect(shownAfter(at.hand, 'handRaised', true)).toBeLessThanOrEqual(OWN_TAP_MS);
    expect(shownAfter(at.grant, 'onStage', true)).toBeLessThanOrEqual(TEACHER_COMMAND_MS);
    expect(shownAfter(at.fullscreen, 'fullscreen', true)).toBeLessThanOrEqual(OWN_TAP_MS);
    expect(shownAfter(at.saver, 'saverMode', 'audio-only')).toBeLessThanOrEqual(OWN_TAP_MS);
    const during = calls.filter((call) => call.at >= start).map((call) => call.at);
    expect(maxInWindow(during, 1000)).toBeLessThanOrEqual(MAX_CALLS_PER_SECOND);
    // The chat kept flowing on the cadence, a call about every 100 ms, besides the taps'.
    expect(during.length).toBeGreaterThanOrEqual(22);
  });

  it('shows my microphone going off and on again within a frame once the teacher let me on stage', async () => {
    const { lesson, page, tap, busy, shownAfter } = await aBusyLesson();
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: true });
    await pass(lesson, 300);
    expect(page.instance.data.mic).toBe('on');
    const at = { off: 0, on: 0 };
    await busy(1000, (tick) => {
      if (tick === 37) at.off = tap('onMicTap');
      // The phone's permission is asked before the microphone goes on: the change comes after a promise hop.
      if (tick === 52) at.on = tap('onMicTap');
    });
    expect(shownAfter(at.off, 'mic', 'off')).toBeLessThanOrEqual(OWN_TAP_MS);
    expect(shownAfter(at.on, 'mic', 'on')).toBeLessThanOrEqual(OWN_TAP_MS);
  });

  it('keeps to 12 calls in any second when I tap as fast as I can, and still shows the last tap', async () => {
    const { lesson, page, calls, tap, busy } = await aBusyLesson();
    const start = lesson.clock.now();
    await busy(2000, (tick) => tick % 3 === 0 && tap('onFullscreenToggle'));
    await pass(lesson, 300);
    const during = calls.filter((call) => call.at >= start).map((call) => call.at);
    expect(maxInWindow(during, 1000)).toBe(MAX_CALLS_PER_SECOND);
    // 67 taps: an odd number, so the page ends in fullscreen.
    expect(page.instance.data.fullscreen).toBe(true);
  });

  it('says at once that a hand tapped while the connection is down was not sent, and raises it within a frame once back', async () => {
    const { lesson, page, calls, tap, busy, shownAfter } = await aBusyLesson();
    lesson.hub.im.setOnline(ME, false);
    await pass(lesson, 300);
    expect(page.instance.data.reconnecting).toBe(true);
    let handAt = 0;
    await busy(500, (tick) => {
      if (tick === 11) handAt = tap('onHandTap');
    });
    expect(shownAfter(handAt, 'errorText', '举手没有发送成功，请重试')).toBeLessThanOrEqual(OWN_TAP_MS);
    expect(calls.filter((call) => call.at >= handAt).some((call) => call.data.handRaised === true)).toBe(false);

    lesson.hub.im.setOnline(ME, true);
    await pass(lesson, 3000);
    expect(page.instance.data.reconnecting).toBe(false);
    await busy(500, (tick) => {
      if (tick === 7) handAt = tap('onHandTap');
    });
    expect(shownAfter(handAt, 'handRaised', true)).toBeLessThanOrEqual(OWN_TAP_MS);
    await pass(lesson, 1000);
    expect(page.instance.data.handRaised).toBe(true);
  });
});
