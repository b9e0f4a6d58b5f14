import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { ManualClock } from '../../../infrastructure/local/ManualClock';

export interface Definitions {
  readonly apps: Record<string, unknown>[];
  /** Component() and Page() calls, by the file that made them (without extension). */
  readonly components: Map<string, Record<string, unknown>>;
}

/** Timers the test moves by hand (the project's ManualClock), handed to the sandbox as its setTimeout. */
export class SandboxTimers extends ManualClock {
  private ids = 0;

  setTimeout = (run: () => void, ms = 0): number => {
    this.schedule(ms, run);
    return ++this.ids;
  };
}

const ignore = () => undefined;

/** The app-wide WeChat events the app subscribes to (foreground, background, the network), which nothing raises in a sandbox. */
export const QUIET_APP_EVENTS = {
  onAppShow: ignore,
  offAppShow: ignore,
  onAppHide: ignore,
  offAppHide: ignore,
  onNetworkStatusChange: ignore,
  offNetworkStatusChange: ignore,
};

/**
 * A WeChat-like JS context over a built dist/: no Node built-ins, no `process`, no string code
 * generation, ES2017 library calls only (newer ones removed), and a `require` that resolves
 * relative paths and then miniprogram_npm the way WeChat does.
 */
export function wechatSandbox(root: string, timers: SandboxTimers, wx: Record<string, unknown>) {
  const definitions: Definitions = { apps: [], components: new Map() };
  let loading = '';
  const context = vm.createContext(
    {
      console,
      wx,
      setTimeout: timers.setTimeout,
      clearTimeout: () => undefined,
      App: (options: Record<string, unknown>) => definitions.apps.push(options),
      Page: (options: Record<string, unknown>) => definitions.components.set(loading, options),
      Component: (options: Record<string, unknown>) => definitions.components.set(loading, options),
      Behavior: (options: Record<string, unknown>) => options,
      getApp: () => definitions.apps[0],
    },
    { codeGeneration: { strings: false, wasm: false } },
  );
  vm.runInContext(
    'delete Promise.allSettled; delete Promise.prototype.finally; delete Array.prototype.flatMap; delete Array.prototype.flat; delete Object.hasOwn;',
    context,
  );
  const cache = new Map<string, { exports: unknown }>();

  function load(file: string): unknown {
    const cached = cache.get(file);
    if (cached) return cached.exports;
    const module = { exports: {} as unknown };
    cache.set(file, module);
    const wrapper = vm.runInContext(`(function (module, exports, require) {${fs.readFileSync(file, 'utf8')}\n})`, context, {
      filename: file,
    });
    wrapper(module, module.exports, (request: string) => load(resolve(path.dirname(file), request)));
    return module.exports;
  }

  function resolve(fromDir: string, request: string): string {
    if (request.startsWith('.') || request.startsWith('/')) {
      const base = request.startsWith('/') ? path.join(root, request) : path.resolve(fromDir, request);
      return withExtension(base);
    }
    for (let dir = fromDir; dir.startsWith(root); dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'miniprogram_npm', request);
      if (fs.existsSync(path.join(candidate, 'index.js'))) return path.join(candidate, 'index.js');
      if (fs.existsSync(`${candidate}.js`)) return `${candidate}.js`;
      if (dir === root) break;
    }
    throw new Error(`WeChat cannot resolve "${request}" from ${path.relative(root, fromDir) || '.'}`);
  }

  function withExtension(base: string): string {
    if (fs.existsSync(base) && fs.statSync(base).isFile()) return base;
    if (fs.existsSync(`${base}.js`)) return `${base}.js`;
    if (fs.existsSync(path.join(base, 'index.js'))) return path.join(base, 'index.js');
    throw new Error(`WeChat cannot find ${path.relative(root, base)}`);
  }

  return {
    definitions,
    context,
    /** Runs a page or component script the way WeChat does when the page is first opened. */
    run(relativePath: string): void {
      loading = relativePath;
      load(path.join(root, `${relativePath}.js`));
    },
    require: (relativePath: string) => load(withExtension(path.join(root, relativePath))),
  };
}
