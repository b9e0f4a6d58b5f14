import * as fs from 'fs';
import * as path from 'path';
import { fakeInstance } from '../../test/miniprogram/support/fakeInstance';
import { SandboxTimers, wechatSandbox } from '../../test/miniprogram/support/wechatSandbox';

export interface StartupCost {
  /** Median ms to load and evaluate only the mandated libraries (miniprogram_npm). */
  readonly librariesMs: number;
  /** Median ms to load and evaluate the main package's scripts until the entry page's first setData. */
  readonly appMs: number;
  readonly ratio: number;
  /** The first run of each, before V8's in-process compile cache holds the sources. */
  readonly firstRun: { readonly librariesMs: number; readonly appMs: number };
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
  for (let run = 0; run < runs; run += 1) {
    libraries.push(loadLibraries(dist));
    app.push(await openEntryPage(dist));
  }
  const librariesMs = median(libraries.slice(1));
  const appMs = median(app.slice(1));
  return { librariesMs, appMs, ratio: appMs / librariesMs, firstRun: { librariesMs: libraries[0], appMs: app[0] }, runs };
}

function sandbox(dist: string) {
  const wx = {
    nextTick: (run: () => void) => void Promise.resolve().then(run),
    getStorageSync: () => '',
    getSystemInfoSync: () => ({ platform: 'android', SDKVersion: '3.3.4' }),
    onAppShow: noop,
    offAppShow: noop,
    onAppHide: noop,
    offAppHide: noop,
    onNetworkStatusChange: noop,
    offNetworkStatusChange: noop,
  };
  const box = wechatSandbox(path.resolve(dist), new SandboxTimers(), wx);
  (box.context as { console: unknown }).console = quietConsole;
  return box;
}

function loadLibraries(dist: string): number {
  const box = sandbox(dist);
  const started = performance.now();
  for (const name of fs.readdirSync(path.join(dist, 'miniprogram_npm'))) box.require(`miniprogram_npm/${name}/index.js`);
  return performance.now() - started;
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
  const components = new Set<string>();
  for (const page of app.pages) {
    const json = JSON.parse(fs.readFileSync(path.join(dist, `${page}.json`), 'utf8')) as { usingComponents?: Record<string, string> };
    for (const used of Object.values(json.usingComponents ?? {})) components.add(used.replace(/^\//, ''));
  }
  return [...app.pages, ...components];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
