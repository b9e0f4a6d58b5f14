import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { RenderedPage } from './ProjectLessonPage';

type Core = typeof import('../../miniprogram/core');

/** The repository root: found by walking up, since this module also runs bundled into its entry (scripts/run-ts.js). */
export const REPO = repoRoot(__dirname);

function repoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'scripts', 'build.js'))) return dir;
    if (dir === path.dirname(dir)) throw new Error(`no repository above ${from}`);
  }
}

/** Builds the app with scripts/build.js into a folder of its own under .cache/ (a child process, as esbuild likes). */
export function buildApp(outDir: string): void {
  execFileSync(process.execPath, [path.join(REPO, 'scripts', 'build.js'), outDir], { stdio: 'pipe' });
}

/**
 * The built app in plain Node: a jsdom document for miniprogram-simulate, a `wx` with what the
 * lesson page calls, the shared core module, and a way to render the lesson page.
 */
export function loadBuiltApp(distDir: string): { core: Core; renderLessonPage: () => RenderedPage } {
  const dist = path.resolve(distDir);
  if (!fs.existsSync(path.join(dist, 'lib', 'core.js'))) throw new Error(`no built app in ${dist}`);
  installDom();
  (global as unknown as { wx: unknown }).wx = {
    nextTick: (run: () => void) => void Promise.resolve().then(run),
    navigateTo: () => undefined,
    navigateBack: () => undefined,
    showToast: () => undefined,
    chooseMedia: () => undefined,
    setKeepScreenOn: () => undefined,
    setNavigationBarTitle: () => undefined,
  };
  const simulate = require('miniprogram-simulate') as {
    load(file: string, options: { rootPath: string }): string;
    render(id: string): RenderedPage & { attach(parent: unknown): void };
  };
  const core = require(path.join(dist, 'lib', 'core.js')) as Core;
  const id = simulate.load(path.join(dist, 'lesson', 'index'), { rootPath: dist });
  const document = (global as unknown as { document: { createElement(tag: string): unknown } }).document;
  return {
    core,
    renderLessonPage: () => {
      const page = simulate.render(id);
      page.attach(document.createElement('parent-wrapper'));
      return page;
    },
  };
}

/** What jest's jsdom environment provides: the window's names as globals. */
function installDom(): void {
  const scope = global as unknown as Record<string, unknown>;
  if (scope.document) return;
  const { JSDOM } = require('jsdom') as { JSDOM: new (html: string) => { window: Record<string, unknown> } };
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  for (const name of Object.getOwnPropertyNames(window)) {
    if (name in scope) continue;
    try {
      scope[name] = window[name];
    } catch {
      // A few window getters refuse to be read off their window; simulate needs none of them.
    }
  }
  scope.window = window;
  scope.document = window.document;
}
