import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
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

function writeConfig(name: string, config: unknown): string {
  fs.mkdirSync(CONFIG_DIR, { recursive: true });
  const file = path.join(CONFIG_DIR, `${name}.json`);
  fs.writeFileSync(file, typeof config === 'string' ? config : JSON.stringify(config));
  return file;
}

function buildWith(name: string, config: unknown): string {
  const outDir = path.join(CONFIG_DIR, `out-${name}`);
  execFileSync(process.execPath, [path.join(REPO, 'scripts', 'build.js'), outDir, '--config', writeConfig(name, config)], { stdio: 'pipe' });
  return outDir;
}

/** What the build says when it refuses a config. */
function refusalOf(config: unknown): string {
  try {
    buildWith('refused', config);
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr);
  }
  throw new Error('the build accepted the config');
}

/** Opens a class by code in the built app, as a student would, and lets the join run. */
async function enterClass(dist: string, code: string) {
  const timers = new SandboxTimers();
  const requests: { url: string; header: Record<string, string> }[] = [];
  const noop = () => undefined;
  const wx = {
    nextTick: (run: () => void) => void Promise.resolve().then(run),
    navigateTo: noop, navigateBack: noop, showToast: noop, chooseMedia: noop, setKeepScreenOn: noop,
    onAppShow: noop, offAppShow: noop, onAppHide: noop, offAppHide: noop, onNetworkStatusChange: noop, offNetworkStatusChange: noop,
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
  const lesson = fakeInstance(box.definitions.components.get('pages/lesson/index')!);
  (lesson.instance.onLoad as () => void)();
  (lesson.instance.onShow as () => void)();
  await timers.advance(5_000);
  return { family, requests, data: lesson.instance.data };
}

afterAll(() => fs.rmSync(CONFIG_DIR, { recursive: true, force: true }));

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

  it('builds the tencent config with its SDKs, asking the configured school server with the stored session', async () => {
    for (const name of SDK_PACKAGES) expect(fs.existsSync(path.join(tencent, 'miniprogram_npm', name, 'index.js'))).toBe(true);
    const { family, requests, data } = await enterClass(tencent, 'math-101');
    expect(family).toBe('tencent');
    expect(requests).toContainEqual({ url: 'https://school.example/api/lesson/classes/math-101', header: { Authorization: 'Bearer session-s1' } });
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

  it('refuses the tic family while the TIC components have not been copied in', () => {
    const components = path.join(REPO, 'miniprogram', 'components', 'tic');
    if (fs.existsSync(components) && fs.readdirSync(components).length > 0) return; // deployed here: nothing to refuse
    expect(refusalOf({ ...TENCENT, family: 'tic' })).toMatch(/needs Tencent's TIC mini-program components in miniprogram\/components\/tic\/.*docs\/tic-family\.md/);
  });
});
