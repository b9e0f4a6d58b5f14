/**
 * The WeChat DevTools workflow: DevTools opens the repository root and runs dist/; `npm run dev`
 * rebuilds there on every change without losing what DevTools keeps; a development build may
 * reach `npm run dev:server` over http, a release build may not. Builds run in child processes,
 * as esbuild does not load inside jest.
 */
import { ChildProcess, execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const REPO = path.resolve(__dirname, '../..');
const WORK = path.join(REPO, '.cache', 'tooling-test', `dev-${process.pid}`);
const DEVTOOLS_PRIVATE = 'project.private.config.json';
const HTTP_BACKEND = { family: 'tencent', sdkAppId: 1400000001, backendUrl: 'http://127.0.0.1:8787' };

let dev: ChildProcess | undefined;
let output = '';

beforeAll(() => fs.mkdirSync(WORK, { recursive: true }));
afterEach(() => {
  dev?.kill();
  dev = undefined;
  output = '';
});
afterAll(() => fs.rmSync(WORK, { recursive: true, force: true }));

function startDev(outDir: string, env: NodeJS.ProcessEnv = {}): void {
  dev = spawn(process.execPath, [path.join(REPO, 'scripts', 'dev.js'), outDir], { cwd: REPO, env: { ...process.env, ...env } });
  dev.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  dev.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
}

/** Waits until `npm run dev` has reported `count` builds (bounded: the test fails with what it printed). */
async function builds(count: number): Promise<void> {
  for (let waited = 0; waited < 20_000; waited += 50) {
    if ((output.match(/^built /gm) ?? []).length >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`expected ${count} builds; npm run dev printed:\n${output}`);
}

function writeConfig(name: string, config: object): string {
  const file = path.join(WORK, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify(config));
  return file;
}

describe('WeChat DevTools project', () => {
  it('opens the repository root and runs the folder the build writes', () => {
    const project = JSON.parse(fs.readFileSync(path.join(REPO, 'project.config.json'), 'utf8'));
    expect(project.compileType).toBe('miniprogram');
    expect(project.miniprogramRoot).toBe('dist/');
    expect(fs.existsSync(path.join(REPO, 'miniprogram', 'project.config.json'))).toBe(false);
  });
});

describe('npm run dev', () => {
  it('rebuilds when a source changes, keeping what DevTools keeps and dropping what the build no longer makes', async () => {
    const outDir = path.join(WORK, 'watched');
    startDev(outDir);
    await builds(1);
    // The watch starts after the first build: a change before it would go unseen.
    for (let waited = 0; waited < 20_000 && !/^watching /m.test(output); waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fs.existsSync(path.join(outDir, 'lib', 'core.js.map'))).toBe(true);
    fs.writeFileSync(path.join(outDir, DEVTOOLS_PRIVATE), '{"setting":{"urlCheck":false}}');
    fs.writeFileSync(path.join(outDir, 'renamed-page.js'), '');

    // A save that changes nothing tracked: the same content, a new modification time.
    const source = path.join(REPO, 'miniprogram', 'app.wxss');
    const { atime, mtime } = fs.statSync(source);
    try {
      fs.utimesSync(source, atime, new Date());
      await builds(2);
    } finally {
      fs.utimesSync(source, atime, mtime);
    }
    expect(fs.readFileSync(path.join(outDir, DEVTOOLS_PRIVATE), 'utf8')).toBe('{"setting":{"urlCheck":false}}');
    expect(fs.existsSync(path.join(outDir, 'renamed-page.js'))).toBe(false);
    expect(fs.existsSync(path.join(outDir, 'app.wxss'))).toBe(true);
  }, 30_000);

  it('builds against a dev server on this machine over http, with a warning', async () => {
    const outDir = path.join(WORK, 'http-backend');
    startDev(outDir, { LESSON_CONFIG: writeConfig('http-backend', HTTP_BACKEND) });
    await builds(1);
    expect(output).toContain('"backendUrl" is http://127.0.0.1:8787: plain http on this machine or the LAN, for development only');
    expect(fs.readFileSync(path.join(outDir, 'lesson', 'lib', 'core.js'), 'utf8')).toContain('http://127.0.0.1:8787');
  }, 30_000);

  it('still refuses a public http backend', async () => {
    startDev(path.join(WORK, 'public-http'), {
      LESSON_CONFIG: writeConfig('public-http', { ...HTTP_BACKEND, backendUrl: 'http://school.example.com' }),
    });
    for (let waited = 0; waited < 20_000 && !output.includes('build failed'); waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(output).toMatch(
      /build failed: .*"backendUrl" must be an https URL \(WeChat only requests https\) or, in a development build, http on localhost/,
    );
  }, 30_000);
});

describe('npm run build (release)', () => {
  it('refuses an http backend, even on this machine', () => {
    const config = writeConfig('release-http', HTTP_BACKEND);
    const run = () =>
      execFileSync(process.execPath, [path.join(REPO, 'scripts', 'build.js'), path.join(WORK, 'release'), '--config', config], {
        stdio: 'pipe',
      });
    expect(run).toThrow(/"backendUrl" must be an https URL \(WeChat only requests https\), got "http:\/\/127\.0\.0\.1:8787"/);
  });
});
