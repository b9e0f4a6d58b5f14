import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { buildInto, filesUnder, removeBuild } from './support/builtApp';
import { fakeInstance } from './support/fakeInstance';
import { SandboxTimers, wechatSandbox } from './support/wechatSandbox';

const MAIN_PACKAGE_LIMIT = 1.5 * 1024 * 1024;

let dist: string;
beforeAll(() => {
  dist = buildInto('build');
}, 60_000);
afterAll(() => removeBuild(dist));

const json = (file: string) => JSON.parse(fs.readFileSync(path.join(dist, file), 'utf8'));
const exists = (file: string) => fs.existsSync(path.join(dist, file));

function componentPaths(owner: string): string[] {
  const using: Record<string, string> = json(`${owner}.json`).usingComponents ?? {};
  return Object.values(using).map((target) => (target.startsWith('/') ? target.slice(1) : path.join(path.dirname(owner), target)));
}

function allViews(): string[] {
  const seen = new Set<string>();
  const visit = (view: string) => {
    if (seen.has(view)) return;
    seen.add(view);
    componentPaths(view).forEach(visit);
  };
  const app = json('app.json') as { pages: string[]; subPackages?: { root: string; pages: string[] }[] };
  app.pages.forEach(visit);
  for (const sub of app.subPackages ?? []) sub.pages.forEach((page) => visit(`${sub.root}/${page}`));
  return [...seen];
}

describe('npm run build output', () => {
  it('has the app files WeChat DevTools runs (the project file is the root project.config.json)', () => {
    for (const file of ['app.json', 'app.js', 'app.wxss', 'sitemap.json']) expect(exists(file)).toBe(true);
    expect(exists('project.config.json')).toBe(false);
  });

  it('resolves every page and every used component to its four files', () => {
    const views = allViews();
    expect(views).toEqual(expect.arrayContaining(['pages/entry/index', 'lesson/index', 'lesson/components/chat-panel/index']));
    for (const view of views) {
      for (const extension of ['.js', '.json', '.wxml', '.wxss']) expect([view, exists(view + extension)]).toEqual([view, true]);
    }
    for (const view of views.filter((view) => view.includes('components/'))) expect(json(`${view}.json`).component).toBe(true);
  });

  it('ships one CommonJS bundle per npm package, so there is one mobx', () => {
    for (const name of ['mobx-miniprogram', 'mobx-miniprogram-bindings', 'inversify', 'reflect-metadata']) {
      expect(exists(`miniprogram_npm/${name}/index.js`)).toBe(true);
    }
    const bindings = fs.readFileSync(path.join(dist, 'miniprogram_npm/mobx-miniprogram-bindings/index.js'), 'utf8');
    expect(bindings).toContain('require("mobx-miniprogram")');
    expect(bindings).not.toMatch(/function makeAutoObservable|makeObservable\s*=\s*function/);
  });

  it('keeps the main package under 1.5 MB, source maps aside (the package never carries them: project.config.json packOptions.ignore)', () => {
    const packaged = filesUnder(dist, '').filter((file) => !file.endsWith('.map'));
    const bytes = packaged.reduce((sum, file) => sum + fs.statSync(file).size, 0);
    expect(bytes).toBeLessThan(MAIN_PACKAGE_LIMIT);
  });

  it('contains no eval or Function constructor, which WeChat refuses', () => {
    for (const file of filesUnder(dist, '.js')) {
      const code = fs.readFileSync(file, 'utf8');
      expect([path.relative(dist, file), /(?:\beval\s*\(|\bnew Function\b|[^\w.$]Function\s*\()/.test(code)]).toEqual([
        path.relative(dist, file),
        false,
      ]);
    }
  });
});

describe('the built app in a WeChat-like sandbox', () => {
  function sandbox() {
    const timers = new SandboxTimers();
    const navigations: string[] = [];
    const wx = {
      nextTick: (run: () => void) => void Promise.resolve().then(run),
      navigateTo: ({ url }: { url: string }) => navigations.push(url),
      redirectTo: ({ url }: { url: string }) => navigations.push(`redirect:${url}`),
      navigateBack: () => undefined,
      showToast: () => undefined,
      chooseMedia: () => undefined,
    };
    return { timers, navigations, box: wechatSandbox(dist, timers, wx) };
  }

  it('is as strict as WeChat: no process, no Node modules, no code from strings', () => {
    const { box } = sandbox();
    expect(vm.runInContext('typeof process + typeof require + typeof Promise.allSettled', box.context)).toBe('undefinedundefinedundefined');
    expect(() => vm.runInContext('Function("return 1")()', box.context)).toThrow(/Code generation from strings disallowed/);
    expect(() => box.require('node_modules_probe')).toThrow(/cannot find/);
  });

  it('runs App() and every page and component definition', () => {
    const { box } = sandbox();
    box.run('app');
    const views = allViews();
    for (const view of views) box.run(view);
    expect(box.definitions.apps).toHaveLength(1);
    expect([...box.definitions.components.keys()].sort()).toEqual([...views].sort());
  });

  it('plays the demo lesson: entry → lesson page with the teacher on the board', async () => {
    const { box, timers, navigations } = sandbox();
    box.run('app');
    box.run('pages/entry/index');
    box.run('lesson/index');
    box.run('demo/index');
    const entry = fakeInstance(box.definitions.components.get('pages/entry/index')!);
    (entry.instance.onDemoTap as () => void)();
    expect(navigations).toEqual(['/demo/index']);
    const demo = fakeInstance(box.definitions.components.get('demo/index')!);
    (demo.instance.onLoad as () => void)();
    // lessons/demo.json lets its student in at 10 ms: real time (the timers) must pass first.
    expect(navigations).toEqual(['/demo/index']);
    await timers.advance(50);
    expect(navigations).toEqual(['/demo/index', 'redirect:/lesson/index?classId=demo']);

    const lesson = fakeInstance(box.definitions.components.get('lesson/index')!);
    (lesson.instance.onLoad as () => void)();
    (lesson.instance.onShow as () => void)();
    expect(lesson.instance.data.screen).toBe('joining');
    await timers.advance(10_000);
    expect(lesson.instance.data).toMatchObject({ screen: 'lesson', main: 'board', teacherPip: true, teacherName: '王老师' });
    expect((lesson.instance.data.chat as { text: string }[]).map((line) => line.text)).toContain('请看白板');
  });

  it('a student who backs out of the demo before its student joins is not redirected over the entry page later', async () => {
    const { box, timers, navigations } = sandbox();
    box.run('app');
    box.run('demo/index');
    const demo = fakeInstance(box.definitions.components.get('demo/index')!);
    (demo.instance.onLoad as () => void)();
    (demo.instance.onUnload as () => void)();
    await timers.advance(10_000);
    expect(navigations).toEqual([]);
  });
});
