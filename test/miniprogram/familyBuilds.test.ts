import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ROOM_CODES } from '../infrastructure/tic/support/TicCloud';
import { buildInto, removeBuild, REPO } from './support/builtApp';
import { fakeInstance } from './support/fakeInstance';
import { SandboxTimers, wechatSandbox } from './support/wechatSandbox';

/**
 * The one switch (docs/adr/0002-one-family-switch-in-the-build.md): the same sources built from
 * two configs must give two apps, each entering a class through its own family.
 */
const CONFIG_DIR = path.join(REPO, '.cache', 'miniprogram-test', `family-configs-${process.pid}`);
const SDK_PACKAGES = ['tim-wx-sdk', 'tim-upload-plugin', 'trtc-wx-sdk'];
const TENCENT = { family: 'tencent', sdkAppId: 1400000001, backendUrl: 'https://school.example/api/lesson' };
const TIC = { ...TENCENT, family: 'tic' };

function writeConfig(name: string, config: unknown): string {
  fs.mkdirSync(CONFIG_DIR, { recursive: true });
  const file = path.join(CONFIG_DIR, `${name}.json`);
  fs.writeFileSync(file, typeof config === 'string' ? config : JSON.stringify(config));
  return file;
}

/** Builds `config` with the build script of `tree` (the repo, or a copy made by sourceTree). */
function buildWith(name: string, config: unknown, tree = REPO): string {
  const outDir = path.join(CONFIG_DIR, `out-${name}`);
  execFileSync(process.execPath, [path.join(tree, 'scripts', 'build.js'), outDir, '--config', writeConfig(name, config)], {
    stdio: 'pipe',
  });
  return outDir;
}

/** What the build says when it refuses a config. */
function refusalOf(config: unknown, tree = REPO): string {
  try {
    buildWith('refused', config, tree);
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr);
  }
  throw new Error('the build accepted the config');
}

/** Opens a class by code in the built app, as a student would, and lets the join run. */
async function enterClass(dist: string, code: string) {
  const timers = new SandboxTimers();
  const requests: { url: string; header: Record<string, string> }[] = [];
  const navigations: string[] = [];
  const screen: boolean[] = [];
  const noop = () => undefined;
  const wx = {
    nextTick: (run: () => void) => void Promise.resolve().then(run),
    navigateTo: ({ url }: { url: string }) => navigations.push(url),
    redirectTo: ({ url }: { url: string }) => navigations.push(`redirect:${url}`),
    setKeepScreenOn: ({ keepScreenOn }: { keepScreenOn: boolean }) => screen.push(keepScreenOn),
    navigateBack: noop,
    showToast: noop,
    chooseMedia: noop,
    onAppShow: noop,
    offAppShow: noop,
    onAppHide: noop,
    offAppHide: noop,
    onNetworkStatusChange: noop,
    offNetworkStatusChange: noop,
    getStorageSync: (key: string) => (key === 'sessionToken' ? 'session-s1' : ''),
    request: (options: { url: string; header: Record<string, string>; success(reply: { statusCode: number; data: unknown }): void }) => {
      requests.push({ url: options.url, header: options.header });
      options.success({ statusCode: 404, data: { error: 'CLASS_NOT_FOUND' } });
    },
  };
  const box = wechatSandbox(dist, timers, wx);
  box.run('app');
  box.run('pages/entry/index');
  box.run('pages/lesson/index');
  const family = (box.require('lib/core.js') as { LESSON_FAMILY: string }).LESSON_FAMILY;
  const entry = fakeInstance(box.definitions.components.get('pages/entry/index')!);
  (entry.instance.onLoad as (query: Record<string, string>) => void)({ classId: code });
  if (navigations[0] === '/demo/index') {
    box.run('demo/index');
    (fakeInstance(box.definitions.components.get('demo/index')!).instance.onLoad as () => void)();
  }
  const lesson = fakeInstance(box.definitions.components.get('pages/lesson/index')!);
  (lesson.instance.onLoad as () => void)();
  (lesson.instance.onShow as () => void)();
  await timers.advance(5_000);
  return { family, requests, navigations, screen, data: lesson.instance.data };
}

afterAll(() => fs.rmSync(CONFIG_DIR, { recursive: true, force: true }));

/** The Tencent and TIC families' adapters: a local build has no reason to carry any of them. */
const CLOUD_ADAPTERS = ['TimSession', 'TimChat', 'TimClassControl', 'TrtcWxMediaRoom', 'HttpClassroomBackend', 'AuxStreamWhiteboard'];
const TIC_ADAPTERS = ['TicSession', 'TicChat', 'TicClassControl', 'TicMediaRoom', 'TicWhiteboard'];
/** The in-memory family, the demo teacher and the lesson emulator: no real build's main package needs them. */
const IN_MEMORY = ['LocalClassroomHub', 'LocalActor', 'LocalMediaRoom', 'LocalChat', 'LocalImService', 'LocalRtcService', 'DemoTeacher'];
const EMULATOR = /\b(runLessonScript|parseLessonScript|ManualClock|LessonEmulator)\b|local\/script\//;

/**
 * The source files bundled into a built script. A release build is minified, so the script no
 * longer names them; its source map, written beside it, does.
 */
function sourcesOf(file: string): string[] {
  // The libraries in miniprogram_npm are built without maps: none of our sources is in them.
  if (file.includes(`${path.sep}miniprogram_npm${path.sep}`)) return [];
  return (JSON.parse(fs.readFileSync(`${file}.map`, 'utf8')) as { sources: string[] }).sources;
}

/** The classes a built file carries: each class lives in a source file named after it. */
function classesIn(file: string): string[] {
  return sourcesOf(file)
    .map((source) => path.basename(source, '.ts'))
    .filter((name) => /^[A-Z]/.test(name));
}

/** The main package's scripts, as WeChat counts it: everything outside the subpackages' roots. */
function mainPackageScripts(dist: string): string[] {
  const app = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8')) as { subPackages?: { root: string }[] };
  const roots = (app.subPackages ?? []).map((sub) => path.join(dist, sub.root) + path.sep);
  const all = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? all(full) : [full];
    });
  return all(dist).filter((file) => file.endsWith('.js') && !roots.some((root) => file.startsWith(root)));
}

describe('building the app for each family from its config', () => {
  let local: string;
  let tencent: string;
  beforeAll(() => {
    local = buildInto('family-local');
    tencent = buildWith('tencent', TENCENT);
  }, 120_000);
  afterAll(() => [local, tencent].forEach(removeBuild));

  it('builds the default config as the local family, with no cloud SDK in the package', async () => {
    for (const name of SDK_PACKAGES) expect(fs.existsSync(path.join(local, 'miniprogram_npm', name))).toBe(false);
    const { family, requests, data } = await enterClass(local, 'math-101');
    expect(family).toBe('local');
    expect(requests).toEqual([]);
    expect(data).toMatchObject({ screen: 'over', realVideo: false });
  });

  it("carries only the local family in a local build's core: none of the Tencent or TIC adapters", () => {
    const core = classesIn(path.join(local, 'lib', 'core.js'));
    expect(core).toEqual(expect.arrayContaining(['LocalClassroomHub', 'LocalMediaRoom', 'LessonStore']));
    expect(core.filter((name) => [...CLOUD_ADAPTERS, ...TIC_ADAPTERS].includes(name))).toEqual([]);
  });

  it("keeps the in-memory family, the demo teacher and the emulator out of a Tencent build's main package", () => {
    const scripts = mainPackageScripts(tencent);
    expect(scripts).toContain(path.join(tencent, 'lib', 'core.js'));
    const core = classesIn(path.join(tencent, 'lib', 'core.js'));
    expect(core).toEqual(expect.arrayContaining(['TimSession', 'TrtcWxMediaRoom', 'HttpClassroomBackend']));
    expect(core.filter((name) => TIC_ADAPTERS.includes(name))).toEqual([]);
    for (const file of scripts) {
      const found = classesIn(file).filter((name) => IN_MEMORY.includes(name));
      expect([path.relative(tencent, file), found, EMULATOR.test(sourcesOf(file).join('\n'))]).toEqual([
        path.relative(tencent, file),
        [],
        false,
      ]);
      // WeChat lets a subpackage require the main package, never the other way round.
      expect([path.relative(tencent, file), /require\("[^"]*demo\//.test(fs.readFileSync(file, 'utf8'))]).toEqual([
        path.relative(tencent, file),
        false,
      ]);
    }
    // The demo class is still there, in its subpackage, taking the app's core from the main package.
    const demo = path.join(tencent, 'demo', 'index.js');
    expect(classesIn(demo)).toEqual(expect.arrayContaining(['DemoTeacher', 'LocalClassroomHub']));
    expect(fs.readFileSync(demo, 'utf8')).toContain('require("../lib/core.js")');
  });

  it("plays the demo class from its subpackage in a Tencent build, on the main package's lesson page", async () => {
    const { family, requests, navigations, screen, data } = await enterClass(tencent, 'demo');
    expect(family).toBe('tencent');
    expect(navigations).toEqual(['/demo/index', 'redirect:/pages/lesson/index?classId=demo']);
    expect(requests).toEqual([]);
    expect(data).toMatchObject({ screen: 'lesson', realVideo: false, teacherName: '王老师' });
    // The in-memory demo still keeps the real phone's screen on.
    expect(screen).toEqual([true]);
  });

  it('builds the tencent config with its SDKs, asking the configured school server with the stored session', async () => {
    for (const name of SDK_PACKAGES) expect(fs.existsSync(path.join(tencent, 'miniprogram_npm', name, 'index.js'))).toBe(true);
    const { family, requests, data } = await enterClass(tencent, 'math-101');
    expect(family).toBe('tencent');
    expect(requests).toContainEqual({
      url: 'https://school.example/api/lesson/classes/math-101',
      header: { Authorization: 'Bearer session-s1' },
    });
    for (const { url } of requests) expect(url.startsWith(`${TENCENT.backendUrl}/classes/math-101`)).toBe(true);
    // The page attached the media view before joining, and the backend's answer reached the student.
    expect(data).toMatchObject({ screen: 'over', realVideo: true, pusher: {}, players: [] });
    expect(String(data.overText)).toMatch(/没有找到这节课/);
  });
});

describe('a config the build refuses, saying how to fix it', () => {
  it.each([
    ['an unknown family', { family: 'agora' }, /"family" must be one of local, tencent, tic, got "agora"/],
    ['text that is not JSON', '{ family: local }', /not valid JSON/],
    ['a tencent config without the school server', { family: 'tencent', sdkAppId: 1400000001 }, /"backendUrl" must be an https URL/],
    ['a secret', { ...TENCENT, secretKey: 'abc' }, /"secretKey" looks like a secret/],
    ['a setting of another family', { family: 'local', sdkAppId: 1 }, /"sdkAppId" is not a setting of the local family/],
  ])('refuses %s', (_, config, message) => {
    expect(refusalOf(config)).toMatch(message);
  });
});

/**
 * A copy of the sources under .cache/ (node_modules still resolve from the repo), without TIC;
 * with `components`, stand-ins for what a deployer copies into miniprogram/tic/; with `hosted`,
 * the lesson page declaring and holding them (the step docs/tic-family.md lists as not done yet).
 */
function sourceTree(name: string, { components = false, hosted = false } = {}): string {
  const tree = path.join(CONFIG_DIR, `tree-${name}`);
  for (const dir of ['domain', 'application', 'infrastructure', 'miniprogram', 'scripts'])
    fs.cpSync(path.join(REPO, dir), path.join(tree, dir), { recursive: true });
  const tic = path.join(tree, 'miniprogram', 'tic');
  fs.rmSync(tic, { recursive: true, force: true });
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
    fs.writeFileSync(path.join(tree, file), text);
  };
  if (components) {
    write('miniprogram/tic/constant/Constant.js', `module.exports = ${JSON.stringify({ ROOM: ROOM_CODES, BOARD: {} })};`);
    for (const component of ['tic-component/index', 'webrtc-room/webrtc-room']) {
      write(`miniprogram/tic/components/${component}.js`, 'Component({});');
      write(`miniprogram/tic/components/${component}.json`, '{ "component": true }');
    }
  }
  if (hosted) {
    const page = path.join(tree, 'miniprogram', 'pages', 'lesson', 'index');
    const json = JSON.parse(fs.readFileSync(`${page}.json`, 'utf8'));
    Object.assign(json.usingComponents, {
      'tic-component': '/tic/components/tic-component/index',
      'webrtc-room': '/tic/components/webrtc-room/webrtc-room',
    });
    fs.writeFileSync(`${page}.json`, JSON.stringify(json));
    fs.appendFileSync(`${page}.wxml`, '<tic-component id="tx_board" /><webrtc-room id="webrtcroom" bindRoomEvent="onRoomEvent" />\n');
  }
  return tree;
}

describe('the tic family, which needs the TIC components copied in', () => {
  it('is refused while the TIC components are missing, naming where they go', () => {
    expect(refusalOf(TIC, sourceTree('no-tic'))).toMatch(
      /needs Tencent's TIC mini-program components in miniprogram\/tic\/ \(missing constant\/Constant\.js.*docs\/tic-family\.md/,
    );
  }, 60_000);

  it('is refused while the lesson page does not host the TIC components, naming that step', () => {
    const page = fs.readFileSync(path.join(REPO, 'miniprogram', 'pages', 'lesson', 'index.wxml'), 'utf8');
    if (page.includes('<webrtc-room')) return; // the page step is done in this tree: nothing to refuse
    expect(refusalOf(TIC, sourceTree('tic-unhosted', { components: true }))).toMatch(
      /needs the lesson page to host <tic-component> and <webrtc-room>.*"Not done yet: the lesson page" in docs\/tic-family\.md/,
    );
  }, 60_000);

  it('builds once the components are in and the page hosts them, and the app runs the tic family', async () => {
    const dist = buildWith('tic', TIC, sourceTree('tic', { components: true, hosted: true }));
    expect(fs.existsSync(path.join(dist, 'tic', 'components', 'webrtc-room', 'webrtc-room.js'))).toBe(true);
    const core = classesIn(path.join(dist, 'lib', 'core.js'));
    expect(core).toEqual(expect.arrayContaining(TIC_ADAPTERS));
    expect(
      core.filter((name) => [...CLOUD_ADAPTERS.filter((adapter) => adapter !== 'HttpClassroomBackend'), ...IN_MEMORY].includes(name)),
    ).toEqual([]);
    for (const name of SDK_PACKAGES) expect(fs.existsSync(path.join(dist, 'miniprogram_npm', name))).toBe(false);
    const { family, requests, data } = await enterClass(dist, 'math-101');
    expect(family).toBe('tic');
    expect(requests).toContainEqual({
      url: 'https://school.example/api/lesson/classes/math-101',
      header: { Authorization: 'Bearer session-s1' },
    });
    expect(data).toMatchObject({ screen: 'over', realVideo: false });
    expect(String(data.overText)).toMatch(/没有找到这节课/);
  }, 120_000);
});
