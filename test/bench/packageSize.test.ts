import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { buildInto, filesUnder, removeBuild, REPO } from '../miniprogram/support/builtApp';

interface Sizes {
  main: number;
  ownCode: number;
  libraries: number;
  total: number;
  lessonOwnCode: number;
  subpackages: { root: string; bytes: number; ownCode: number }[];
}
const { packageSizes, sizeMisses, MAIN_BUDGET, TOTAL_BUDGET, FAMILY_BUDGETS } = require('../../scripts/packageSize.js') as {
  packageSizes(dist: string): Sizes;
  sizeMisses(sizes: Sizes, family?: string): string[];
  MAIN_BUDGET: number;
  TOTAL_BUDGET: number;
  FAMILY_BUDGETS: { tencent: { main: number; ownCode: number; lessonOwnCode: number }; local: { main: number } };
};
const KB = 1024;

const built: string[] = [];
afterAll(() => built.forEach(removeBuild));

function buildTencent(name: string, extra: string[] = []): string {
  const outDir = path.join(REPO, '.cache', 'miniprogram-test', `${name}-${process.pid}`);
  const config = `${outDir}.config.json`;
  fs.mkdirSync(path.dirname(config), { recursive: true });
  fs.writeFileSync(config, JSON.stringify({ family: 'tencent', sdkAppId: 1400000001, backendUrl: 'https://lesson.example.com' }));
  built.push(outDir, config);
  execFileSync(process.execPath, [path.join(REPO, 'scripts', 'build.js'), outDir, '--config', config, ...extra], { stdio: 'pipe' });
  return outDir;
}

let local: string;
let tencent: string;
beforeAll(() => {
  local = buildInto('package-size-local');
  built.push(local);
  tencent = buildTencent('package-size-tencent');
}, 120_000);

describe('package size', () => {
  it('keeps the local build within 300 KB for the main package, 1.5 MB and 4 MB in all', () => {
    const sizes = packageSizes(local);
    expect(FAMILY_BUDGETS.local.main).toBe(300 * KB);
    expect(sizeMisses(sizes, 'local')).toEqual([]);
    expect(sizes.main).toBeLessThanOrEqual(MAIN_BUDGET);
    expect(sizes.total).toBeLessThanOrEqual(TOTAL_BUDGET);
  });

  it('keeps the Tencent build, which carries the SDKs, within the general budgets', () => {
    const sizes = packageSizes(tencent);
    expect(sizes.libraries).toBeGreaterThan(sizes.ownCode);
    expect(sizes.total).toBeGreaterThan(sizes.main + 512 * KB);
    expect(sizes.main).toBeLessThanOrEqual(MAIN_BUDGET);
    expect(sizes.total).toBeLessThanOrEqual(TOTAL_BUDGET);
  });

  it("keeps our own code in the Tencent build's main package within 80 KB minified, and the main package within 900 KB", () => {
    const sizes = packageSizes(tencent);
    expect(FAMILY_BUDGETS.tencent).toMatchObject({ main: 900 * KB, ownCode: 80 * KB });
    expect(sizes.ownCode).toBeLessThanOrEqual(FAMILY_BUDGETS.tencent.ownCode);
    expect(sizes.main).toBeLessThanOrEqual(FAMILY_BUDGETS.tencent.main);
    expect(sizeMisses(sizes, 'tencent')).toEqual([]);
  });

  it('counts the lesson subpackage, which carries the SDKs, and keeps all our own code a class needs within 200 KB', () => {
    const sizes = packageSizes(tencent);
    const lesson = sizes.subpackages.find((sub) => sub.root === 'lesson')!;
    // The SDKs are the lesson's libraries: tim-wx-sdk alone is over half a megabyte.
    expect(lesson.bytes - lesson.ownCode).toBeGreaterThan(512 * KB);
    expect(sizes.lessonOwnCode).toBe(sizes.ownCode + lesson.ownCode);
    expect(sizes.lessonOwnCode).toBeLessThanOrEqual(FAMILY_BUDGETS.tencent.lessonOwnCode);
  });

  it('minifies our own code in a release build, with a source map beside each script that the script does not link and the package does not count', () => {
    const core = fs.readFileSync(path.join(tencent, 'lib', 'core.js'), 'utf8');
    expect(core.split('\n').length).toBeLessThanOrEqual(2);
    expect(core).not.toMatch(/sourceMappingURL/);
    const map = JSON.parse(fs.readFileSync(path.join(tencent, 'lib', 'core.js.map'), 'utf8')) as { sources: string[] };
    expect(map.sources.some((source) => source.endsWith('application/view/LessonViewFeed.ts'))).toBe(true);
    const scripts = filesUnder(tencent, '.js').filter((file) => !file.includes(`${path.sep}miniprogram_npm${path.sep}`));
    for (const script of scripts) expect([script, fs.existsSync(`${script}.map`)]).toEqual([script, true]);
    const mapBytes = filesUnder(tencent, '.map').reduce((sum, file) => sum + fs.statSync(file).size, 0);
    const allBytes = filesUnder(tencent, '').reduce((sum, file) => sum + fs.statSync(file).size, 0);
    expect(packageSizes(tencent).total).toBe(allBytes - mapBytes);
  });

  it('keeps a development build (npm run dev) readable, each script linking its map', async () => {
    const { build } = require('../../scripts/build.js') as { build(options: { outDir: string; development: boolean }): Promise<unknown> };
    const outDir = path.join(REPO, '.cache', 'miniprogram-test', `package-size-dev-${process.pid}`);
    built.push(outDir);
    await build({ outDir, development: true });
    const core = fs.readFileSync(path.join(outDir, 'lib', 'core.js'), 'utf8');
    expect(core.split('\n').length).toBeGreaterThan(1000);
    expect(core).toMatch(/var LessonViewFeed = class/);
    expect(core.trimEnd().endsWith('//# sourceMappingURL=core.js.map')).toBe(true);
  }, 60_000);

  it('keeps the maps out of what WeChat DevTools and miniprogram-ci upload', () => {
    const project = JSON.parse(fs.readFileSync(path.join(REPO, 'project.config.json'), 'utf8'));
    expect(project.packOptions.ignore).toContainEqual({ type: 'suffix', value: '.map' });
    expect(fs.readFileSync(path.join(REPO, 'scripts', 'mpCi.js'), 'utf8')).toMatch(/ignores: \[[^\]]*'\*\*\/\*\.map'/);
  });

  it('counts a subpackage apart from the main package, and names a budget that is missed', () => {
    fs.mkdirSync(path.join(REPO, '.cache'), { recursive: true });
    const dist = fs.mkdtempSync(path.join(REPO, '.cache', 'package-size-'));
    built.push(dist);
    fs.writeFileSync(
      path.join(dist, 'app.json'),
      JSON.stringify({ pages: ['pages/a/index'], subpackages: [{ root: 'replay/', pages: ['index'] }] }),
    );
    fs.mkdirSync(path.join(dist, 'replay'));
    fs.writeFileSync(path.join(dist, 'replay', 'big.js'), Buffer.alloc(4.5 * 1024 * 1024));
    fs.mkdirSync(path.join(dist, 'miniprogram_npm', 'sdk'), { recursive: true });
    fs.writeFileSync(path.join(dist, 'miniprogram_npm', 'sdk', 'index.js'), Buffer.alloc(301 * KB));
    fs.writeFileSync(path.join(dist, 'replay', 'big.js.map'), Buffer.alloc(1024));
    const sizes = packageSizes(dist);
    expect(sizes.subpackages).toEqual([{ root: 'replay', bytes: 4.5 * 1024 * 1024, ownCode: 4.5 * 1024 * 1024 }]);
    expect(sizes.libraries).toBe(301 * KB);
    expect(sizes.ownCode).toBeLessThan(1024);
    expect(sizeMisses(sizes, 'local')).toEqual([
      expect.stringMatching(/^whole app is 4909\.\d KB/),
      expect.stringMatching(/^the local build's main package is 301\.\d KB \(budget 300\.0 KB\)/),
      expect.stringMatching(/^subpackage replay is 4608\.0 KB \(WeChat's limit 2048\.0 KB\)/),
    ]);
  });
});
