/**
 * @jest-environment jsdom
 */
import { compareBindings } from '../../devtools/bench/compareBindings';
import { budgetMisses, BUDGETS } from '../../devtools/bench/budgets';
import { HEAVY_LESSON } from '../../devtools/bench/heavyLesson';
import { ManualClock } from '../../infrastructure/local/ManualClock';
import { removeBuild } from '../miniprogram/support/builtApp';
import { builtApp, render } from '../miniprogram/support/lessonOnPage';

/** The heavy lesson at full rate, cut to 8 s and 400 members so it plays in a few seconds. */
const SHORT_HEAVY_LESSON = { ...HEAVY_LESSON, seconds: 8, members: 400, joinSeconds: 8 };

type App = Awaited<ReturnType<typeof builtApp>>;
let app: App;
beforeAll(async () => {
  app = await builtApp('heavy-lesson-budget');
}, 60_000);
afterAll(() => removeBuild(app?.dist));

describe('the lesson page in a shortened heavy lesson', () => {
  it('keeps every setData budget, side by side with the naive binding', async () => {
    const { project, naive, chatOnPage } = await compareBindings(
      app.core,
      () => render(app.dist, 'lesson/index'),
      new ManualClock(1_000),
      SHORT_HEAVY_LESSON,
    );

    expect(budgetMisses(project, naive)).toEqual([]);
    // The figures behind the verdict, so a failure shows how far off it was.
    expect(project.setData.maxCallsPerSecond).toBeLessThanOrEqual(BUDGETS.maxCallsPerSecond);
    expect(naive.setData.bytesTotal / project.setData.bytesTotal).toBeGreaterThanOrEqual(BUDGETS.bytesRatio);
    expect(project.setData.bytesP95).toBeLessThan(BUDGETS.p95Bytes);
    expect(project.setData.bytesMax).toBeLessThanOrEqual(BUDGETS.maxBytes);
    expect(project.visibleChanges.maxMs).toBeLessThanOrEqual(BUDGETS.visibleChangeMs);
    expect(project.ownTaps.maxMs).toBeLessThanOrEqual(BUDGETS.ownTapMs);
    expect(project.ownTaps.count).toBe(naive.ownTaps.count);
    // The member count rides along: the naive page makes a call per join, this page far fewer.
    expect(naive.memberCount.calls).toBe(naive.memberCount.joinsAndLeaves);
    expect(project.memberCount.calls * BUDGETS.joinsPerMemberCountCall).toBeLessThanOrEqual(project.memberCount.joinsAndLeaves);
    // Every grant, revoke, board-on, own tap and own message of the lesson was seen on the page.
    expect(project.visibleChanges.count).toBe(naive.visibleChanges.count);
    expect(project.chatHeld).toBeLessThanOrEqual(BUDGETS.chatHeld);
    expect(chatOnPage).toBeLessThanOrEqual(150);
  }, 60_000);

  it("keeps every setData budget in the Tencent family's page too, with the real trtc-wx-sdk and the room's player events", async () => {
    const { tencent, naive } = await compareBindings(
      app.core,
      () => render(app.dist, 'lesson/index'),
      new ManualClock(1_000),
      SHORT_HEAVY_LESSON,
      new ManualClock(1_000),
    );
    expect(budgetMisses(tencent!, naive)).toEqual([]);
    expect(tencent!.setData.maxCallsPerSecond).toBeLessThanOrEqual(BUDGETS.maxCallsPerSecond);
    expect(tencent!.setData.bytesMax).toBeLessThanOrEqual(BUDGETS.maxBytes);
    expect(tencent!.ownTaps.maxMs).toBeLessThanOrEqual(BUDGETS.ownTapMs);
    expect(tencent!.visibleChanges.count).toBe(naive.visibleChanges.count);
  }, 60_000);

  it('would fail the naive binding: the budgets are not a formality', async () => {
    const { naive } = await compareBindings(app.core, () => render(app.dist, 'lesson/index'), new ManualClock(1_000), {
      ...SHORT_HEAVY_LESSON,
      seconds: 5,
    });
    const misses = budgetMisses(naive, naive).join('\n');
    expect(misses).toMatch(/setData calls in one second/);
    expect(misses).toMatch(/fewer bytes than the naive binding/);
    expect(misses).toMatch(/p95 payload/);
  }, 60_000);
});
