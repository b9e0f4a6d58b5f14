import type { LocalMediaRoom } from '../../../infrastructure/local/LocalMediaRoom';
import { PORTS } from '../../../application/ports/tokens';
import { inMemoryLesson } from '../../../infrastructure/local/inMemoryLesson';
import { ManualClock } from '../../../infrastructure/local/ManualClock';
import * as path from 'path';
import type { ClassInfo } from '../../../application/ports/ClassroomBackendPort';
import { buildInto } from './builtApp';

type Core = typeof import('../../../miniprogram/core');
type LessonCore = typeof import('../../../miniprogram/lesson/core');

const simulate = require('miniprogram-simulate') as {
  load(componentPath: string, options?: { rootPath: string }): string;
  render(id: string, properties?: Record<string, unknown>): RenderedComponent;
  sleep(ms?: number): Promise<void>;
};

/** The DOM as far as these tests read it (tsconfig has no DOM lib). */
interface Element {
  readonly textContent: string | null;
  readonly children: ArrayLike<Element>;
}

declare const document: { createElement(tag: string): Element };

export interface RenderedComponent {
  readonly dom: Element;
  readonly instance: Record<string, unknown> & { setData(data: Record<string, unknown>): void; data: Record<string, unknown> };
  attach(parent: Element): void;
  setData(data: Record<string, unknown>): void;
  querySelector(selector: string): RenderedComponent | null;
  querySelectorAll(selector: string): RenderedComponent[];
  dispatchEvent(name: string, options?: { detail?: unknown; timeStamp?: number }): void;
  triggerLifeTime(name: string): void;
  addEventListener(name: string, listener: (event: { detail: unknown }) => void): void;
}

export { simulate };

export const ME = 's1';
export const TEACHER = 't1';

export const CLASS: ClassInfo = {
  classId: 'math-101',
  title: '函数的单调性',
  teacher: { userId: TEACHER, name: '王老师' },
  assistants: [{ userId: 'a1', name: '李助教' }],
  roomId: '1001',
  chatGroupId: 'math-101-chat',
  signalGroupId: 'math-101-signal',
};

/**
 * WeChat's `wx` as far as the pages use it; navigation is recorded, nothing else happens.
 * `pages`: how many pages the stack holds (`getCurrentPages`); WeChat's navigateBack fails when
 * none is below the current one, and `backFails` makes it fail anyway.
 */
export function installWx(stack: { pages?: number; backFails?: boolean } = {}): {
  navigations: string[];
  titles: string[];
  previews: { current: string; urls: string[] }[];
} {
  const navigations: string[] = [];
  const titles: string[] = [];
  const previews: { current: string; urls: string[] }[] = [];
  const pages = stack.pages ?? 2;
  (global as unknown as { getCurrentPages: () => unknown[] }).getCurrentPages = () => Array.from({ length: pages }, () => ({}));
  (global as unknown as { wx: unknown }).wx = {
    nextTick: (run: () => void) => void Promise.resolve().then(run),
    navigateTo: ({ url }: { url: string }) => navigations.push(url),
    redirectTo: ({ url }: { url: string }) => navigations.push(`redirect:${url}`),
    reLaunch: ({ url }: { url: string }) => navigations.push(`relaunch:${url}`),
    navigateBack: (options: { fail?: () => void } = {}) => {
      if (pages < 2 || stack.backFails) return options.fail?.();
      navigations.push('back');
    },
    showToast: () => undefined,
    chooseMedia: () => undefined,
    setKeepScreenOn: () => undefined,
    setNavigationBarTitle: ({ title }: { title: string }) => titles.push(title),
    previewImage: (options: { current: string; urls: string[] }) => previews.push(options),
  };
  return { navigations, titles, previews };
}

/** Builds the app once for this test file and loads its cores (main package, lesson subpackage), as the pages will. */
export async function builtApp(suite: string) {
  const dist = buildInto(suite);
  installWx();
  const core = require(path.join(dist, 'lib/core.js')) as Core;
  const lessonCore = require(path.join(dist, 'lesson/lib/core.js')) as LessonCore;
  return { dist, core, lessonCore };
}

/**
 * A lesson on the in-memory services (from source: the built core exports no test tools), opened
 * by the built core as the app would open it: simulated time, the teacher and classmates as actors on the hub.
 */
export function aLessonIn(core: Core) {
  const clock = new ManualClock(1_000);
  const { hub, app: useCases, port } = inMemoryLesson({ clock, student: { userId: ME, name: '小明' }, classes: [{ info: CLASS }] });
  const teacher = hub.actor(TEACHER).join();
  const opened = core.openLesson({ classId: CLASS.classId, useCases, clock, realVideo: false, classmateNames: { s2: '小红', s3: '小刚' } });
  return {
    clock,
    hub,
    teacher,
    store: opened.store,
    media: port<LocalMediaRoom>(PORTS.media),
    classmate: (userId: string) => hub.actor(userId).join(),
  };
}

const loaded = new Map<string, string>();

/** Renders a page or component of the built app into the document; each is loaded once per test file, as simulate needs. */
export function render(dist: string, view: string, properties?: Record<string, unknown>): RenderedComponent {
  const file = path.join(dist, view);
  const id = loaded.get(file) ?? simulate.load(file, { rootPath: dist });
  loaded.set(file, id);
  const component = simulate.render(id, properties);
  component.attach(document.createElement('parent-wrapper'));
  return component;
}

/** Opens the lesson page as WeChat would: onLoad, then onShow (simulate calls neither). */
export function openLessonPage(dist: string): RenderedComponent {
  const page = render(dist, 'lesson/index');
  (page.instance.onLoad as () => void)();
  (page.instance.onShow as () => void)();
  return page;
}

/** A lesson joined on the opened lesson page, a second after it opened. */
export async function joinedLessonPage(app: { core: Core; dist: string }) {
  const lesson = aLessonIn(app.core);
  const page = openLessonPage(app.dist);
  await pass(lesson, 1000);
  return { lesson, page };
}

/** Lets time pass for the lesson, then lets the page's batched setData land. */
export async function pass(lesson: { clock: { advance(ms: number): Promise<void> } }, ms = 0): Promise<void> {
  await lesson.clock.advance(ms);
  await simulate.sleep(0);
  await lesson.clock.advance(0);
  await simulate.sleep(0);
}

export function shows(page: RenderedComponent, selector: string): boolean {
  return !!page.querySelector(selector);
}

export function text(page: RenderedComponent, selector: string): string | null {
  const found = page.querySelector(selector);
  return found ? found.dom.textContent!.replace(/\s+/g, ' ').trim() : null;
}

/** Texts of every match, in document order. */
export function texts(page: RenderedComponent, selector: string): string[] {
  return page.querySelectorAll(selector).map((found) => found.dom.textContent!.replace(/\s+/g, ' ').trim());
}
