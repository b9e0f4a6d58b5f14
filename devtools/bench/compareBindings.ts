import { BenchClock, SimulatedClock } from './BenchClock';
import { coHostId, heavyLesson, HeavyLessonShape } from './heavyLesson';
import { TEACHER } from './LessonBinding';
import { BindingResult, measureBinding } from './measureBinding';
import { NaiveLessonPage } from './NaiveLessonPage';
import { playLesson } from './playLesson';
import { ProjectLessonPage, RenderedPage } from './ProjectLessonPage';
import { TencentLessonPage } from './TencentLessonPage';

type Core = typeof import('../../miniprogram/core');

export interface Comparison {
  readonly project: BindingResult;
  readonly naive: BindingResult;
  /** The seed's page as it was: only the room's streams in its user list, the whole chat per message. */
  readonly seedLike: BindingResult;
  /** The same lesson into the Tencent family's page, when asked for. */
  readonly tencent?: BindingResult;
  /** Chat lines the lesson page itself holds at the end. */
  readonly chatOnPage: number;
}

/**
 * Plays one heavy lesson into this project's page and the naive binding side by side, then, given
 * a clock of its own, into the Tencent family's page (one open lesson at a time: the app has one).
 */
export async function compareBindings(
  core: Core,
  renderLessonPage: () => RenderedPage,
  clock: SimulatedClock,
  shape: HeavyLessonShape,
  tencentClock?: SimulatedClock,
): Promise<Comparison> {
  const events = heavyLesson(shape);
  const project = await ProjectLessonPage.open(core, renderLessonPage, clock, shape.members, shape.coHosts);
  const stage = Array.from({ length: shape.coHosts }, (_, index) => coHostId(index));
  const naive = new NaiveLessonPage(() => clock.now(), [TEACHER, ...stage]);
  const seedLike = new NaiveLessonPage(() => clock.now(), [TEACHER, ...stage], 'streams');
  // Timers belong to the project's app (the naive binding sets none), so their work is its logic time.
  if (clock instanceof BenchClock) clock.logicTime = project.logicTime;
  await playLesson(events, [project, naive, seedLike], clock);
  const joinsAndLeaves = events.filter((event) => event.type === 'join' || event.type === 'leave').length;
  const result = {
    project: measureBinding(project, events.length, shape.seconds, joinsAndLeaves),
    naive: measureBinding(naive, events.length, shape.seconds, joinsAndLeaves),
    seedLike: measureBinding(seedLike, events.length, shape.seconds, joinsAndLeaves),
    chatOnPage: project.chatOnPage(),
  };
  project.close();
  if (!tencentClock) return result;
  const tencent = await TencentLessonPage.open(core, renderLessonPage, tencentClock, shape.members, shape.coHosts);
  if (tencentClock instanceof BenchClock) tencentClock.logicTime = tencent.logicTime;
  try {
    await playLesson(events, [tencent], tencentClock);
    return { ...result, tencent: measureBinding(tencent, events.length, shape.seconds, joinsAndLeaves) };
  } finally {
    tencent.close();
  }
}

/** When the seed-like page's calls first pass WeChat's lines: 256 KB (the audit's) and 1 MB (a call's limit). */
export interface SeedLimits {
  readonly seconds: number;
  readonly passes256KBAt: number | null;
  readonly passes1MBAt: number | null;
}

/**
 * The seed-like page alone in a long heavy lesson (it renders nothing, so minutes of it play in
 * seconds): the simulated second at which its largest call passes each line.
 */
export async function seedLikeLimits(clock: SimulatedClock, shape: HeavyLessonShape, seconds: number): Promise<SeedLimits> {
  const stage = Array.from({ length: shape.coHosts }, (_, index) => coHostId(index));
  const start = clock.now();
  const seedLike = new NaiveLessonPage(() => clock.now() - start, [TEACHER, ...stage], 'streams');
  await playLesson(heavyLesson({ ...shape, seconds }), [seedLike], clock, 0);
  const passing = (limit: number) => {
    const call = seedLike.log.calls.find((made) => made.bytes > limit);
    return call ? Math.round(call.at / 1000) : null;
  };
  return { seconds, passes256KBAt: passing(256 * 1024), passes1MBAt: passing(1024 * 1024) };
}
