import * as v8 from 'v8';
import * as vm from 'vm';
import { HeapRunArgs } from './benchArgs';
import { AppOnlyLesson } from './AppOnlyLesson';
import { BenchClock } from './BenchClock';
import { loadBuiltApp } from './builtLessonPage';
import { coHostId, HEAVY_LESSON, heavyLesson } from './heavyLesson';
import { LessonBinding, TEACHER } from './LessonBinding';
import { NaiveLessonPage } from './NaiveLessonPage';
import { playLesson } from './playLesson';
import { ProjectLessonPage } from './ProjectLessonPage';

export interface HeapReading {
  readonly binding: 'project' | 'naive' | 'app';
  readonly seconds: number;
  /** Heap used after a full collection, once the page was open and before the first event. */
  readonly startBytes: number;
  /** Heap used after a full collection at the end, the bench's own records dropped first. */
  readonly endBytes: number;
  readonly chatHeld: number;
  /** The app alone: what a full collection frees once the app is let go, the simulated class kept. */
  readonly appBytes?: number;
}

/** One binding alone in this process, so the heap holds only it, the app it needs and the simulated class. */
export async function heapRun(args: HeapRunArgs): Promise<HeapReading> {
  const collect = garbageCollector();
  const clock = new BenchClock(1000);
  const shape = { ...HEAVY_LESSON, seed: args.seed, seconds: args.seconds, members: args.members };
  let binding: LessonBinding;
  if (args.binding === 'app') {
    const app = await AppOnlyLesson.open(clock, shape.members, shape.coHosts);
    const startBytes = usedHeap(collect);
    await playLesson(heavyLesson(shape), [app], clock);
    app.log.reset();
    const chatHeld = app.chatHeld();
    const endBytes = usedHeap(collect);
    await app.release();
    // The timers the app left (a state read due, a notice's expiry) run out, as they would on a phone.
    await clock.advance(120_000);
    const afterBytes = usedHeap(collect);
    if (!app.released) throw new Error("the app's heap cannot be told apart: something of the class still holds the app after it left");
    const appBytes = endBytes - afterBytes;
    return { binding: args.binding, seconds: args.seconds, startBytes, endBytes, chatHeld, appBytes };
  }
  if (args.binding === 'project') {
    const app = loadBuiltApp(args.dist);
    binding = await ProjectLessonPage.open(app.core, app.renderLessonPage, clock, shape.members, shape.coHosts);
  } else {
    binding = new NaiveLessonPage(() => clock.now(), [TEACHER, ...Array.from({ length: shape.coHosts }, (_, index) => coHostId(index))]);
  }
  const startBytes = usedHeap(collect);
  await playLesson(heavyLesson(shape), [binding], clock);
  // The bench's own records grow with the run's length; they are not the page's memory.
  binding.log.reset();
  binding.logicTime.reset();
  return { binding: args.binding, seconds: args.seconds, startBytes, endBytes: usedHeap(collect), chatHeld: binding.chatHeld() };
}

function usedHeap(collect: () => void): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

/** `gc` from --expose-gc, or switched on at run time where node was started without it. */
function garbageCollector(): () => void {
  const exposed = (global as unknown as { gc?: () => void }).gc;
  if (exposed) return exposed;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}
