import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { buildInto, removeBuild, REPO } from '../miniprogram/support/builtApp';

const { packageSizes, sizeMisses, MAIN_BUDGET, TOTAL_BUDGET } = require('../../scripts/packageSize.js') as {
  packageSizes(dist: string): { main: number; total: number; subpackages: { root: string; bytes: number }[] };
  sizeMisses(sizes: { main: number; total: number }): string[];
  MAIN_BUDGET: number;
  TOTAL_BUDGET: number;
};

const built: string[] = [];
afterAll(() => built.forEach(removeBuild));

describe('package size', () => {
  it('keeps the default build within 1.5 MB for the main package and 4 MB in all', () => {
    const dist = buildInto('package-size-local');
    built.push(dist);
    const sizes = packageSizes(dist);
    expect(sizeMisses(sizes)).toEqual([]);
    expect(sizes.main).toBeLessThanOrEqual(MAIN_BUDGET);
    expect(sizes.total).toBeLessThanOrEqual(TOTAL_BUDGET);
  }, 60_000);

  it('keeps the Tencent build, which carries the SDKs, within the same budgets', () => {
    const outDir = path.join(REPO, '.cache', 'miniprogram-test', `package-size-tencent-${process.pid}`);
    const config = `${outDir}.config.json`;
    fs.mkdirSync(path.dirname(config), { recursive: true });
    fs.writeFileSync(config, JSON.stringify({ family: 'tencent', sdkAppId: 1400000001, backendUrl: 'https://lesson.example.com' }));
    built.push(outDir, config);
    execFileSync(process.execPath, [path.join(REPO, 'scripts', 'build.js'), outDir, '--config', config], { stdio: 'pipe' });
    const sizes = packageSizes(outDir);
    expect(sizes.total).toBeGreaterThan(sizes.main - 1);
    expect(sizeMisses(sizes)).toEqual([]);
  }, 60_000);

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
    const sizes = packageSizes(dist);
    expect(sizes.subpackages).toEqual([{ root: 'replay', bytes: 4.5 * 1024 * 1024 }]);
    expect(sizes.main).toBeLessThan(1024);
    expect(sizeMisses(sizes)).toEqual([expect.stringMatching(/^whole app is 4608\.\d KB/)]);
  });
});
