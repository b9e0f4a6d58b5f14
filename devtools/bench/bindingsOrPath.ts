/**
 * Could mobx-miniprogram-bindings be the lesson page's one data path? Plays the heavy lesson into
 * one LessonStore with two writers side by side, each on a page stand-in that records its setData:
 *   - path: CoalescedPageData, path updates (`chat[412]`, `coHosts[2].speaking`), one call per 100 ms;
 *   - bindings: the store's page data published at most every 100 ms (the same coalescing), each
 *     field bound by createStoreBindings with structuralComparison, which sends a changed field whole.
 * Usage: node scripts/run-ts.js devtools/bench/bindingsOrPath.ts [seconds]   (default 30)
 */
import { observable, runInAction } from 'mobx-miniprogram';
import { PORTS } from '../../application/ports/tokens';
import { inMemoryLesson } from '../../infrastructure/local/inMemoryLesson';
import { LocalMediaRoom } from '../../infrastructure/local/LocalMediaRoom';
import { CoalescedPageData } from '../../miniprogram/viewmodels/CoalescedPageData';
import { lessonPageData } from '../../miniprogram/viewmodels/lessonFields';
import { LessonStore } from '../../miniprogram/viewmodels/LessonStore';
import { BenchClock } from './BenchClock';
import { classmateNames, coHostId, HEAVY_LESSON, heavyLesson } from './heavyLesson';
import { ME, TEACHER } from './LessonBinding';
import { BENCH_CLASS, enterClass, playOnServices } from './benchClass';
import { SetDataLog } from './setDataLog';
import { setDataStats } from './setDataStats';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 30);
  const shape = { ...HEAVY_LESSON, seconds, joinSeconds: Math.min(HEAVY_LESSON.joinSeconds, seconds) };
  const clock = new BenchClock(0);
  const lesson = inMemoryLesson({ clock, student: { userId: ME, name: '小明' }, classes: [{ info: BENCH_CLASS }], logger: quiet });
  const { hub, app: useCases } = lesson;
  const media = lesson.port<LocalMediaRoom>(PORTS.media);
  const store = new LessonStore(useCases, { clock, classmateNames: classmateNames(shape.members, shape.coHosts) });
  enterClass(hub, TEACHER);
  const teacher = hub.actor(TEACHER).camera(true).mic(true);
  await Promise.all([store.join(BENCH_CLASS.classId), clock.advance(1000)]);
  for (let index = 0; index < shape.coHosts; index += 1) {
    enterClass(hub, coHostId(index));
    teacher.command({ type: 'grant', to: coHostId(index), mic: true, camera: true });
    hub.actor(coHostId(index)).camera(true).mic(true);
  }
  await clock.advance(1000);

  const read = () => lessonPageData(store, undefined);
  const pathLog = new SetDataLog(() => clock.now());
  const pathPage = { setData: (_: Record<string, unknown>) => undefined };
  pathLog.instrument(pathPage);
  new CoalescedPageData(pathPage, read, clock).show();

  const bindingsLog = new SetDataLog(() => clock.now());
  const bindingsPage = {
    data: {} as Record<string, unknown>,
    setData: (data: Record<string, unknown>) => void Object.assign(bindingsPage.data, data),
  };
  bindingsLog.instrument(bindingsPage);
  const published = observable.box(read(), { deep: false });
  // The store publishes at most every 100 ms: the same coalescing, its setData replaced by publishing.
  new CoalescedPageData({ setData: () => runInAction(() => published.set(read())) }, read, clock).show();
  // The package defines its page behaviour with WeChat's global Behavior on load; createStoreBindings needs none of it.
  (globalThis as { Behavior?: unknown }).Behavior ??= (definition: object) => definition;
  const loaded = await import('mobx-miniprogram-bindings');
  const createStoreBindings = loaded.createStoreBindings ?? (loaded as unknown as { default: typeof loaded }).default.createStoreBindings;
  const fields = Object.fromEntries(Object.keys(read()).map((key) => [key, () => published.get()[key]]));
  createStoreBindings(bindingsPage, { store: {}, fields, actions: {}, structuralComparison: true });

  const start = clock.now();
  for (const event of heavyLesson(shape)) {
    const wait = start + event.at - clock.now();
    if (wait > 0) await clock.advance(wait);
    playOnServices(event, { hub, media, store });
  }
  await clock.advance(1000);
  const rows = [
    ['calls, max in any 1 s', (s: ReturnType<typeof setDataStats>) => String(s.maxCallsPerSecond)],
    ['calls in all', (s: ReturnType<typeof setDataStats>) => String(s.calls)],
    ['bytes per call, p50', (s: ReturnType<typeof setDataStats>) => kb(s.bytesP50)],
    ['bytes per call, p95', (s: ReturnType<typeof setDataStats>) => kb(s.bytesP95)],
    ['bytes per call, max', (s: ReturnType<typeof setDataStats>) => kb(s.bytesMax)],
    ['bytes in all', (s: ReturnType<typeof setDataStats>) => kb(s.bytesTotal)],
  ] as const;
  const path = setDataStats(
    pathLog.calls.filter((call) => call.at >= start),
    seconds,
  );
  const bindings = setDataStats(
    bindingsLog.calls.filter((call) => call.at >= start),
    seconds,
  );
  console.log(`Heavy lesson, ${seconds} s, seed ${shape.seed}: one LessonStore, two writers of page data.\n`);
  console.log('|  | one custom path (CoalescedPageData) | mobx-miniprogram-bindings, published every 100 ms |\n| --- | --- | --- |');
  for (const [label, show] of rows) console.log(`| ${label} | ${show(path)} | ${show(bindings)} |`);
}

function kb(bytes: number): string {
  return bytes < 1024 ? `${Math.round(bytes)} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
