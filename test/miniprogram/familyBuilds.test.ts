import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { buildInto, removeBuild, REPO } from './support/builtApp';
import { fakeInstance } from './support/fakeInstance';
import { WxRequestOptions } from '../../infrastructure/shared/http/WxRequest';
import { StandInLcicRelay } from '../infrastructure/apaas/support/standInLcicRelay';
import { sourceTree } from './support/ticSourceTree';
import { QUIET_APP_EVENTS, SandboxTimers, wechatSandbox } from './support/wechatSandbox';

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

type Answer = (url: string, header: Record<string, string>) => { statusCode: number; data: unknown };
const NOT_FOUND: Answer = () => ({ statusCode: 404, data: { error: 'CLASS_NOT_FOUND' } });

/** Opens a class by code in the built app, as a student would, and lets the join run; `answer` is the school server. */
async function enterClass(dist: string, code: string, answer: Answer = NOT_FOUND) {
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
    setNavigationBarTitle: noop,
    showToast: noop,
    chooseMedia: noop,
    ...QUIET_APP_EVENTS,
    getStorageSync: (key: string) => (key === 'sessionToken' ? 'session-s1' : ''),
    request: (options: { url: string; header: Record<string, string>; success(reply: { statusCode: number; data: unknown }): void }) => {
      requests.push({ url: options.url, header: options.header });
      options.success(answer(options.url, options.header));
    },
  };
  const box = wechatSandbox(dist, timers, wx);
  box.run('app');
  box.run('pages/entry/index');
  box.run('lesson/index');
  const family = (box.require('lesson/lib/core.js') as { LESSON_FAMILY: string }).LESSON_FAMILY;
  const entry = fakeInstance(box.definitions.components.get('pages/entry/index')!);
  (entry.instance.onLoad as (query: Record<string, string>) => void)({ classId: code });
  if (navigations[0] === '/demo/index') {
    box.run('demo/index');
    (fakeInstance(box.definitions.components.get('demo/index')!).instance.onLoad as () => void)();
    // The demo gives way to the lesson page once its script lets the student in.
    await timers.advance(50);
  }
  // WeChat opens the lesson page at the address the entry (or the demo) went to, with its query.
  const opened = new URL(navigations[navigations.length - 1].replace(/^redirect:/, ''), 'https://app.invalid');
  expect(opened.pathname).toBe('/lesson/index');
  const lesson = fakeInstance(box.definitions.components.get('lesson/index')!);
  (lesson.instance.onLoad as (query: Record<string, string>) => void)(Object.fromEntries(opened.searchParams));
  (lesson.instance.onShow as () => void)();
  await timers.advance(5_000);
  return { family, requests, navigations, screen, data: lesson.instance.data };
}

afterAll(() => fs.rmSync(CONFIG_DIR, { recursive: true, force: true }));

/** The Tencent and TIC families' adapters: a local build has no reason to carry any of them. */
const CLOUD_ADAPTERS = ['TimSession', 'TimChat', 'TimClassControl', 'TrtcWxMediaRoom', 'HttpClassroomBackend', 'AuxStreamWhiteboard'];
const TIC_ADAPTERS = ['TicSession', 'TicChat', 'TicClassControl', 'TicMediaRoom', 'TicWhiteboard'];
/** The in-memory family and the demo's script player: no real build's main package needs them. */
const IN_MEMORY = [
  'LocalClassroomHub',
  'LocalActor',
  'LocalMediaRoom',
  'LocalChat',
  'LocalImService',
  'LocalRtcService',
  'ScriptPlayer',
  'LiveScript',
];
const EMULATOR = /\b(runLessonScript|parseLessonScript|ManualClock|LessonEmulator)\b/;

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

  it('declares no TIC component on the lesson page of a local or Tencent build, and includes an empty media part', () => {
    const page = (dir: string, file: string) => fs.readFileSync(path.join(dir, 'lesson', file), 'utf8');
    // WeChat refuses to compile a page declaring a component whose files are missing.
    for (const built of [local, tencent]) {
      expect(Object.keys(JSON.parse(page(built, 'index.json')).usingComponents)).not.toContain('webrtc-room');
      expect(page(built, 'index.wxml')).toContain('<include src="media.wxml" />');
      expect(page(built, 'media.wxml')).not.toMatch(/<webrtc-room|<tic-component/);
      expect(fs.existsSync(path.join(built, 'lesson', 'media'))).toBe(false);
    }
  });

  it("carries only the local family in a local build's lesson core: none of the Tencent or TIC adapters", () => {
    const core = classesIn(path.join(local, 'lesson', 'lib', 'core.js'));
    expect(core).toEqual(expect.arrayContaining(['LocalClassroomHub', 'LocalMediaRoom']));
    expect(core.filter((name) => [...CLOUD_ADAPTERS, ...TIC_ADAPTERS].includes(name))).toEqual([]);
    expect(classesIn(path.join(local, 'lib', 'core.js'))).toEqual(expect.arrayContaining(['LessonStore', 'LessonViewFeed']));
  });

  it('requires every package from a subpackage by its path, never by a bare name WeChat would have to look up', () => {
    for (const built of [local, tencent]) {
      const scripts = [...fs.readdirSync(built, { recursive: true, encoding: 'utf8' })]
        .filter((file) => /^(lesson|demo)\//.test(file) && file.endsWith('.js') && !file.includes('miniprogram_npm/'))
        .map((file) => path.join(built, file));
      expect(scripts).toContain(path.join(built, 'lesson', 'lib', 'core.js'));
      for (const script of scripts) {
        const bare = [...fs.readFileSync(script, 'utf8').matchAll(/require\("([^"]*)"\)/g)]
          .map((match) => match[1])
          .filter((name) => !name.startsWith('.'));
        expect([path.relative(built, script), bare]).toEqual([path.relative(built, script), []]);
      }
    }
  });

  it('bundles each module once: what both cores or the demo use is in the main core only', () => {
    for (const built of [local, tencent]) {
      const main = new Set(sourcesOf(path.join(built, 'lib', 'core.js')));
      for (const other of ['lesson/lib/core.js', 'demo/index.js']) {
        const twice = sourcesOf(path.join(built, other)).filter((source) => main.has(source));
        expect([other, twice]).toEqual([other, []]);
      }
      // The lesson core takes the open lesson from the main core, so the demo, the entry and the lesson page see one.
      expect(sourcesOf(path.join(built, 'lesson', 'lib', 'core.js')).some((source) => source.endsWith('runtime/lessonRuntime.ts'))).toBe(
        false,
      );
    }
  });

  it("keeps the in-memory family, the demo's script player and the emulator out of a Tencent build's main package and lesson subpackage", () => {
    const scripts = [...mainPackageScripts(tencent), path.join(tencent, 'lesson', 'lib', 'core.js')];
    expect(scripts).toContain(path.join(tencent, 'lib', 'core.js'));
    const core = classesIn(path.join(tencent, 'lesson', 'lib', 'core.js'));
    expect(core).toEqual(expect.arrayContaining(['TimSession', 'TrtcWxMediaRoom', 'HttpClassroomBackend']));
    expect(core.filter((name) => TIC_ADAPTERS.includes(name))).toEqual([]);
    // The main package, loaded at launch, carries none of the family's adapters: they come with the lesson subpackage.
    expect(classesIn(path.join(tencent, 'lib', 'core.js')).filter((name) => CLOUD_ADAPTERS.includes(name))).toEqual([]);
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
    expect(classesIn(demo)).toEqual(expect.arrayContaining(['LiveScript', 'ScriptPlayer', 'LocalClassroomHub']));
    expect(fs.readFileSync(demo, 'utf8')).toContain('require("../lib/core.js")');
  });

  it("plays the demo class from its subpackage in a Tencent build, on the lesson subpackage's page", async () => {
    const { family, requests, navigations, screen, data } = await enterClass(tencent, 'demo');
    expect(family).toBe('tencent');
    expect(navigations).toEqual(['/demo/index', 'redirect:/lesson/index?classId=demo']);
    expect(requests).toEqual([]);
    expect(data).toMatchObject({ screen: 'lesson', realVideo: false, teacherName: '王老师' });
    // The in-memory demo still keeps the real phone's screen on.
    expect(screen).toEqual([true]);
  });

  it('builds the tencent config with its SDKs, asking the configured school server with the stored session', async () => {
    // Only the lesson uses the SDKs: they come with its subpackage, not with the launch.
    for (const name of SDK_PACKAGES) {
      expect(fs.existsSync(path.join(tencent, 'lesson', 'miniprogram_npm', name, 'index.js'))).toBe(true);
      expect(fs.existsSync(path.join(tencent, 'miniprogram_npm', name))).toBe(false);
    }
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

describe('the Tencent family on LCIC (classroom aPaaS) classes, by configuration', () => {
  it('asks the school server for the LCIC room and tells the student what LCIC says of it', async () => {
    const relay = new StandInLcicRelay();
    relay.sdkAppId = TENCENT.sdkAppId;
    relay.addUser('t1', '王老师');
    relay.addUser('s1', '小明');
    relay.sessions.set('session-s1', 's1');
    relay.userSigsUntil = 1_900_000_000;
    relay.addRoom(301234567, { Status: 2 });
    const routes = relay.routes('/api/lesson');
    const dist = buildWith('tencent-lcic', { ...TENCENT, backend: 'lcic' });
    try {
      const { family, requests, data } = await enterClass(dist, '301234567', (url, header) => {
        const route = routes[new URL(url).pathname];
        const reply = typeof route === 'function' ? route({ url, header } as WxRequestOptions) : route;
        return reply && 'statusCode' in reply ? reply : NOT_FOUND(url, header);
      });
      expect(family).toBe('tencent');
      expect(requests).toContainEqual({
        url: 'https://school.example/api/lesson/lcic/rooms/301234567',
        header: { Authorization: 'Bearer session-s1' },
      });
      // Class info and credentials both come from the LCIC relay, never the school's own /classes.
      for (const { url } of requests) expect(url.startsWith('https://school.example/api/lesson/lcic/rooms/301234567')).toBe(true);
      // DescribeRoom's Status 2: the class has ended, in the student's words.
      expect(data).toMatchObject({ screen: 'over', realVideo: true });
      expect(String(data.overText)).toMatch(/这节课已经结束了/);
    } finally {
      removeBuild(dist);
    }
  }, 120_000);
});

describe('a config the build refuses, saying how to fix it', () => {
  it.each([
    ['an unknown family', { family: 'agora' }, /"family" must be one of local, tencent, tic, got "agora"/],
    ['text that is not JSON', '{ family: local }', /not valid JSON/],
    ['a tencent config without the school server', { family: 'tencent', sdkAppId: 1400000001 }, /"backendUrl" must be an https URL/],
    ['a secret', { ...TENCENT, secretKey: 'abc' }, /"secretKey" looks like a secret/],
    ['a setting of another family', { family: 'local', sdkAppId: 1 }, /"sdkAppId" is not a setting of the local family/],
    [
      'an unknown classroom backend',
      { ...TENCENT, backend: 'lcik' },
      /"backend" must be one of "school", "lcic" \(default "school"\), got "lcik"/,
    ],
    ['a backend choice for the tic family', { ...TENCENT, family: 'tic', backend: 'lcic' }, /"backend" is not a setting of the tic family/],
  ])('refuses %s', (_, config, message) => {
    expect(refusalOf(config)).toMatch(message);
  });
});

describe('code a package cannot reach on a phone (ADR 0007)', () => {
  it.each([
    ['the entry page, in the main package', 'pages/entry/index.ts'],
    ['the demo page, in another subpackage', 'demo/index.ts'],
  ])(
    "refuses %s requiring the lesson subpackage's core",
    (_, page) => {
      const tree = sourceTree(CONFIG_DIR, `cross-core-${page.split('/')[0]}`);
      const file = path.join(tree, 'miniprogram', page);
      const toLessonCore = path
        .relative(path.dirname(file), path.join(tree, 'miniprogram', 'lesson', 'core'))
        .split(path.sep)
        .join('/');
      fs.writeFileSync(
        file,
        `import { LESSON_FAMILY } from '${toLessonCore}';\nconsole.log(LESSON_FAMILY);\n${fs.readFileSync(file, 'utf8')}`,
      );
      expect(refusalOf(TENCENT, tree)).toMatch(
        /imports \.\.\/.*lesson\/core: that is the lesson subpackage's core, which only its own pages may require/,
      );
    },
    60_000,
  );
});

describe('the tic family, which needs the TIC components copied in', () => {
  it('is refused while the TIC components are missing, naming where they go', () => {
    expect(refusalOf(TIC, sourceTree(CONFIG_DIR, 'no-tic'))).toMatch(
      /needs Tencent's TIC mini-program components in miniprogram\/tic\/ \(missing constant\/Constant\.js.*docs\/tic-family\.md/,
    );
  }, 60_000);

  it('builds once the components are in, declaring them on the lesson page of this build only, and the app runs the tic family', async () => {
    const dist = buildWith('tic', TIC, sourceTree(CONFIG_DIR, 'tic', { tic: true }));
    expect(fs.existsSync(path.join(dist, 'tic', 'components', 'webrtc-room', 'webrtc-room.js'))).toBe(true);
    const page = (dir: string, file: string) => fs.readFileSync(path.join(dir, 'lesson', file), 'utf8');
    expect(JSON.parse(page(dist, 'index.json')).usingComponents).toMatchObject({
      'tic-component': '/tic/components/tic-component/tic-component',
      'webrtc-room': '/tic/components/webrtc-room/webrtc-room',
    });
    for (const file of ['tic-component/tic-component', 'webrtc-room/webrtc-room'])
      expect(fs.existsSync(path.join(dist, 'tic', 'components', `${file}.json`))).toBe(true);
    expect(page(dist, 'media.wxml')).toMatch(/<webrtc-room id="webrtcroom"[^>]*bindRoomEvent="onRoomEvent"/);
    expect(page(dist, 'index.wxml')).toContain('<include src="media.wxml" />');
    const core = classesIn(path.join(dist, 'lesson', 'lib', 'core.js'));
    expect(core).toEqual(expect.arrayContaining(TIC_ADAPTERS));
    expect(
      core.filter((name) => [...CLOUD_ADAPTERS.filter((adapter) => adapter !== 'HttpClassroomBackend'), ...IN_MEMORY].includes(name)),
    ).toEqual([]);
    for (const name of SDK_PACKAGES) {
      expect(fs.existsSync(path.join(dist, 'miniprogram_npm', name))).toBe(false);
      expect(fs.existsSync(path.join(dist, 'lesson', 'miniprogram_npm', name))).toBe(false);
    }
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
