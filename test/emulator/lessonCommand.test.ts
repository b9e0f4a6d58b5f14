import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin', 'lesson.js');

const base = {
  version: 1,
  classroom: { classId: 'c1', title: '课', teacher: { userId: 't1', name: '王老师' }, me: { userId: 's1', name: '小明' } },
};

function run(script: unknown) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lesson-')), 'script.json');
  fs.writeFileSync(file, typeof script === 'string' ? script : JSON.stringify(script));
  const result = spawnSync(process.execPath, [BIN, 'run', file], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the lesson command', () => {
  it('prints one JSON line per snapshot', () => {
    const out = run({
      ...base,
      steps: [
        { at: 0, by: 'me', do: 'join' },
        { at: 100, snapshot: 'in' },
        { at: 200, snapshot: 'still-in' },
      ],
    });
    expect(out.status).toBe(0);
    const lines = out.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.snapshot, line.at, line.view.status])).toEqual([
      ['in', 100, 'waiting'],
      ['still-in', 200, 'waiting'],
    ]);
  });

  it.each([
    [
      'an unknown action',
      [
        { at: 0, by: 'me', do: 'join' },
        { at: 5, by: 't1', do: 'dance' },
      ],
      /step 2: unknown action "dance"/,
    ],
    ['a missing field', [{ at: 0, by: 't1', do: 'grant', to: 's1', mic: true }], /step 1: "grant" needs the field "camera"/],
    [
      'a step by an unknown user',
      [
        { at: 0, by: 'me', do: 'join' },
        { at: 0, snapshot: 'x' },
        { at: 9, by: 'ghost', do: 'chat', text: 'hi' },
      ],
      /step 3: unknown user "ghost"/,
    ],
    ['a field of the wrong type', [{ at: 0, by: 't1', do: 'camera', on: 'yes' }], /step 1: "on" must be a boolean/],
  ])('exits 2 naming the step for %s', (_kind, steps, message) => {
    const out = run({ ...base, steps });
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.stdout).toBe('');
  });

  it('exits 2 for a file that is not JSON', () => {
    const out = run('{ "version": 1,');
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/not valid JSON/);
  });
});
