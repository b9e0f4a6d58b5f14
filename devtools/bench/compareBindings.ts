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
  // Timers belong to the project's app (the naive binding sets none), so their work is its logic time.
  if (clock instanceof BenchClock) clock.logicTime = project.logicTime;
  await playLesson(events, [project, naive], clock);
  const joinsAndLeaves = events.filter((event) => event.type === 'join' || event.type === 'leave').length;
  const result = {
    project: measureBinding(project, events.length, shape.seconds, joinsAndLeaves),
    naive: measureBinding(naive, events.length, shape.seconds, joinsAndLeaves),
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
