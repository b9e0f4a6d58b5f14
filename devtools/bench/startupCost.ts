import * as fs from 'fs';
import * as path from 'path';
import { fakeInstance } from '../../test/miniprogram/support/fakeInstance';
import { QUIET_APP_EVENTS, SandboxTimers, wechatSandbox } from '../../test/miniprogram/support/wechatSandbox';

export interface StartupCost {
  /** Median ms to load and evaluate only the mandated libraries (miniprogram_npm). */
  readonly librariesMs: number;
  /** Median ms to load and evaluate the main package's scripts until the entry page's first setData. */
  readonly appMs: number;
  readonly ratio: number;
  /** The first run of each, before V8's in-process compile cache holds the sources. */
  readonly firstRun: { readonly librariesMs: number; readonly appMs: number };
  /**
   * Opening the lesson (ADR 0007), after the launch: median ms to load and evaluate the lesson
   * subpackage's scripts until the lesson page's first setData, with the class opened from its
   * address; and its libraries (the family's SDKs) alone, none in a local build.
   */
  readonly lesson: { readonly librariesMs: number; readonly openMs: number };
  readonly runs: number;
}

const noop = () => undefined;
const quietConsole = { log: noop, info: noop, warn: noop, error: noop, debug: noop };

/**
 * Startup in a WeChat-like sandbox (test/miniprogram/support/wechatSandbox: no Node built-ins, no
 * code from strings, require through miniprogram_npm): WeChat evaluates every script of the main
 * package at launch, then opens the entry page. Measured against loading only the libraries, which
 * every build must carry, so the ratio says what our own code adds. Each run is a fresh context.
 */
export async function startupCost(dist: string, runs = 15): Promise<StartupCost> {
  const libraries: number[] = [];
  const app: number[] = [];
  const lessonLibraries: number[] = [];
  const lesson: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    libraries.push(loadLibraries(dist));
    app.push(await openEntryPage(dist));
    lessonLibraries.push(loadLibraries(dist, LESSON_SUBPACKAGE));
    lesson.push(await openLessonPage(dist));
  }
  const librariesMs = median(libraries.slice(1));
  const appMs = median(app.slice(1));
  return {
    librariesMs,
    appMs,
    ratio: appMs / librariesMs,
    firstRun: { librariesMs: libraries[0], appMs: app[0] },
    lesson: { librariesMs: median(lessonLibraries.slice(1)), openMs: median(lesson.slice(1)) },
    runs,
  };
}

const LESSON_SUBPACKAGE = 'lesson';

function sandbox(dist: string) {
  const wx = {
    nextTick: (run: () => void) => void Promise.resolve().then(run),
    getStorageSync: () => '',
    getSystemInfoSync: () => ({ platform: 'android', SDKVersion: '3.3.4' }),
    ...QUIET_APP_EVENTS,
  };
  const box = wechatSandbox(path.resolve(dist), new SandboxTimers(), wx);
  (box.context as { console: unknown }).console = quietConsole;
  return box;
}

/** The libraries of the main package, or of a subpackage (`root`): none there is no time at all. */
function loadLibraries(dist: string, root = ''): number {
  const box = sandbox(dist);
  const folder = path.join(root, 'miniprogram_npm');
  if (!fs.existsSync(path.join(dist, folder))) return 0;
  const started = performance.now();
  for (const name of fs.readdirSync(path.join(dist, folder))) box.require(`${folder}/${name}/index.js`);
  return performance.now() - started;
}

/**
 * After the launch (not timed), the student goes to a class: WeChat injects the lesson
 * subpackage's scripts and loads its page with the class's address, which opens the class.
 */
async function openLessonPage(dist: string): Promise<number> {
  const box = sandbox(dist);
  box.run('app');
  for (const script of mainPackageViews(dist)) box.run(script);
  const started = performance.now();
  for (const script of viewsOf(dist, `${LESSON_SUBPACKAGE}/index`)) box.run(script);
  const page = fakeInstance(box.definitions.components.get(`${LESSON_SUBPACKAGE}/index`)!);
  let firstSetData: number | undefined;
  const setData = page.instance.setData as (data: Record<string, unknown>) => void;
  page.instance.setData = (data: Record<string, unknown>) => {
    firstSetData ??= performance.now();
    setData(data);
  };
  (page.instance.onLoad as (query: Record<string, string>) => void)({ classId: 'math-101' });
  (page.instance.onShow as () => void)();
  for (let hop = 0; firstSetData === undefined && hop < 100; hop += 1) await Promise.resolve();
  if (firstSetData === undefined) throw new Error('the lesson page never called setData');
  return firstSetData - started;
}

async function openEntryPage(dist: string): Promise<number> {
  const box = sandbox(dist);
  const started = performance.now();
  box.run('app');
  for (const script of mainPackageViews(dist)) box.run(script);
  const entry = fakeInstance(box.definitions.components.get(entryPage(dist))!);
  let firstSetData: number | undefined;
  const setData = entry.instance.setData as (data: Record<string, unknown>) => void;
  entry.instance.setData = (data: Record<string, unknown>) => {
    firstSetData ??= performance.now();
    setData(data);
  };
  (entry.instance.onLoad as (query: Record<string, string>) => void)({});
  for (let hop = 0; firstSetData === undefined && hop < 100; hop += 1) await Promise.resolve();
  if (firstSetData === undefined) throw new Error('the entry page never called setData');
  return firstSetData - started;
}

function entryPage(dist: string): string {
  return (JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8')) as { pages: string[] }).pages[0];
}

/** Every page and component script of the main package, as WeChat injects them at launch. */
function mainPackageViews(dist: string): string[] {
  const app = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8')) as { pages: string[] };
  return app.pages.flatMap((page) => viewsOf(dist, page));
}

/** A page and the components it uses. */
function viewsOf(dist: string, page: string): string[] {
  const json = JSON.parse(fs.readFileSync(path.join(dist, `${page}.json`), 'utf8')) as { usingComponents?: Record<string, string> };
  return [page, ...Object.values(json.usingComponents ?? {}).map((used) => used.replace(/^\//, ''))];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
