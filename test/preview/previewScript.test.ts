/**
 * `npm start -- <script>` checks the script before building anything: a missing file, a file that
 * is not JSON, or a script the format refuses is reported with its ScriptError and the preview
 * exits with 2, as `npx lesson run` does. No browser needed.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const REPO = path.resolve(__dirname, '../..');

function start(script: string) {
  const run = spawnSync(process.execPath, [path.join(REPO, 'devtools/preview/server.js'), script], {
    cwd: REPO,
    env: { ...process.env, PORT: '0' },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: run.status, stderr: run.stderr, stdout: run.stdout };
}

describe('the preview refuses a script it cannot play', () => {
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-scripts-'))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it('refuses a path that names no file', () => {
    const { code, stderr, stdout } = start(path.join(dir, 'no-such-lesson.json'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^ScriptError: cannot read .*no-such-lesson\.json: ENOENT/);
    expect(stdout).toBe('');
  });

  it('refuses a file that is not JSON', () => {
    const { code, stderr } = start(write('broken.json', '{ "version": 1, '));
    expect(code).toBe(2);
    expect(stderr).toMatch(/broken\.json is not valid JSON/);
  });

  it('refuses a script the format refuses, naming the step', () => {
    const demo = JSON.parse(fs.readFileSync(path.join(REPO, 'lessons', 'demo.json'), 'utf8'));
    demo.steps.splice(3, 0, { at: 900, by: 'demo-teacher', do: 'grant', to: 'demo-student' });
    const { code, stderr } = start(write('bad-step.json', JSON.stringify(demo)));
    expect(code).toBe(2);
    expect(stderr).toBe(`ScriptError: ${path.join(dir, 'bad-step.json')}: step 4: "grant" needs the field "mic"\n`);
  });
});
