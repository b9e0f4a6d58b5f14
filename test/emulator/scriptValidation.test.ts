import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { lessonScriptSchema } from '../../devtools/emulator/lessonScriptSchema';
import { parseLessonScript } from '../../infrastructure/local/script/parseLessonScript';
import { ACTIONS } from '../../infrastructure/local/script/scriptActions';
import { lessonCommand } from '../../devtools/lesson/lessonCommand';
import { schemaProblem } from '../support/jsonSchemaCheck';

const ROOT = path.resolve(__dirname, '../..');
const LESSONS = path.join(ROOT, 'lessons');
const SCHEMA_FILE = path.join(ROOT, 'docs', 'lesson-script.schema.json');
const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));

const classroom = {
  classId: 'c1',
  title: '课',
  teacher: { userId: 't1', name: '王老师' },
  students: [{ userId: 's2', name: '小红' }],
  me: { userId: 's1', name: '小明' },
};
const script = (steps: unknown[], room: Record<string, unknown> = classroom) => ({ version: 1, classroom: room, steps });
const joined = (...steps: unknown[]) => script([{ at: 0, by: 'me', do: 'join' }, ...steps]);

/** Runs the lesson command as `npx lesson run` does, in this process, on a script written to a temporary file. */
async function run(content: unknown) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lesson-validation-'));
  const file = path.join(dir, 'script.json');
  fs.writeFileSync(file, JSON.stringify(content));
  let out = '';
  let err = '';
  try {
    const status = await lessonCommand(['run', file], { out: (text) => (out += text), err: (text) => (err += text) });
    return { status, out, err: err.replace(`${file}: `, '') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the lesson command refuses a bad script before running any of it, exit 2 naming the step', () => {
  const refused: [string, unknown, RegExp, boolean][] = [
    // [what is wrong, script, message, whether the JSON Schema can say so too]
    [
      '"__proto__" as an action',
      joined({ at: 5, by: 't1', do: '__proto__' }),
      /^step 2: unknown action "__proto__" for the teacher or an assistant/,
      true,
    ],
    [
      '"hasOwnProperty" as an action',
      joined({ at: 5, by: 's2', do: 'hasOwnProperty' }),
      /^step 2: unknown action "hasOwnProperty" for a student/,
      true,
    ],
    ['"toString" as my action', joined({ at: 5, by: 'me', do: 'toString' }), /^step 2: unknown action "toString" for me/, true],
    ['"constructor" as my action', joined({ at: 5, by: 's1', do: 'constructor' }), /^step 2: unknown action "constructor" for me/, true],
    [
      'a step with both a snapshot and an action',
      joined({ at: 5, snapshot: 'x', by: 't1', do: 'endClass' }),
      /^step 2: a step is a snapshot or an action .*not both/,
      true,
    ],
    [
      'an unknown field (a typo)',
      joined({ at: 5, by: 't1', do: 'camera', on: true, mci: true }),
      /^step 2: unknown field "mci" in "camera"/,
      true,
    ],
    [
      'an unknown field on a snapshot',
      joined({ at: 5, snapshot: 'x', note: 'hi' }),
      /^step 2: unknown field "note" in a snapshot step/,
      true,
    ],
    [
      'an unknown field in a picked picture',
      joined({ at: 5, by: 'me', do: 'chat', image: { path: 'a.png', size: 1, sizee: 2 } }),
      /^step 2: "image" must be a picked file/,
      true,
    ],
    [
      'chat with both text and a picture',
      joined({ at: 5, by: 't1', do: 'chat', text: 'a', image: 'https://x/a.png' }),
      /^step 2: "chat" needs exactly one of "text"/,
      true,
    ],
    [
      'a stage beyond the product’s limit',
      script([{ at: 0, by: 'me', do: 'join' }], { ...classroom, stageCapacity: 100 }),
      /^classroom\.stageCapacity must be a whole number from 1 to 64/,
      true,
    ],
    [
      'an "at" beyond a day',
      joined({ at: 1_000, by: 'network', do: 'imDown' }, { at: 1e15, snapshot: 'late' }),
      /^step 3: "at" must be milliseconds from 0 to 86400000/,
      true,
    ],
    [
      'a student named "network"',
      script([], { ...classroom, students: [{ userId: 'network', name: '网' }] }),
      /^classroom\.students\[0\]\.userId "network" is reserved/,
      true,
    ],
    [
      'a teacher named "me"',
      script([], { ...classroom, teacher: { userId: 'me', name: '我' } }),
      /^classroom\.teacher\.userId "me" is reserved/,
      true,
    ],
    [
      'a grant to "me" rather than my user id',
      joined({ at: 5, by: 't1', do: 'grant', to: 'me', mic: true, camera: false }),
      /^step 2: "to" must be a user id/,
      true,
    ],
    [
      'me acting before joining',
      script([
        { at: 0, by: 'me', do: 'raiseHand' },
        { at: 5, by: 'me', do: 'join' },
      ]),
      /^step 1: "me" does "raiseHand" at 0 ms, before joining/,
      false,
    ],
    [
      'me acting before joining, later in the file',
      script([
        { at: 50, by: 'me', do: 'join' },
        { at: 10, by: 's1', do: 'mic', on: true },
      ]),
      /^step 2: "me" does "mic" at 10 ms, before joining/,
      false,
    ],
    [
      'a later student acting before joining',
      joined({ at: 50, by: 's9', do: 'join' }, { at: 10, by: 's9', do: 'chat', text: '早' }),
      /^step 3: "s9" does "chat" at 10 ms, before joining/,
      false,
    ],
    [
      'a raw payload from me (it would reach no one)',
      joined({ at: 5, by: 'me', do: 'raw', channel: 'chat', payload: 'x' }),
      /^step 2: unknown action "raw" for me/,
      false,
    ],
    [
      'a redelivery on a channel that keeps no history',
      joined({ at: 5, by: 'network', do: 'redeliver', count: 1, channel: 'state' }),
      /^step 2: "channel" must be/,
      true,
    ],
    [
      'a reply taken by the network',
      { ...joined(), replies: [{ when: { by: 'me', does: 'raiseHand' }, by: 'network', do: 'imDown' }] },
      /^reply 1: a reply is taken by the teacher, an assistant or a classmate/,
      false,
    ],
    [
      'a reply waiting for something no one hears',
      { ...joined(), replies: [{ when: { by: 'me', does: 'camera' }, by: 't1', do: 'muteAll' }] },
      /^reply 1: "when.does" must be one of "raiseHand", "lowerHand", "chat"/,
      true,
    ],
    [
      'a reply to someone not in the class',
      { ...joined(), replies: [{ when: { by: 'x9', does: 'chat' }, by: 't1', do: 'muteAll' }] },
      /^reply 1: unknown user "x9" in "when"/,
      false,
    ],
    [
      'a reply with a wait longer than an hour',
      { ...joined(), replies: [{ when: { by: 'anyone', does: 'chat' }, after: 3_600_001, by: 't1', do: 'muteAll' }] },
      /^reply 1: "after" must be milliseconds from 0 to 3600000/,
      true,
    ],
    [
      'a reply whose action lacks a field',
      { ...joined(), replies: [{ when: { by: 'me', does: 'raiseHand' }, by: 't1', do: 'grant', to: 's1' }] },
      /^reply 1: "grant" needs the field "mic"/,
      true,
    ],
  ];

  it.each(refused)('%s', async (_what, bad, message) => {
    const result = await run(bad);
    expect(result).toEqual({ status: 2, out: '', err: expect.stringMatching(message) });
  });

  it('exits 2 from the real binary too, with the message and no stack', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lesson-validation-'));
    const file = path.join(dir, 'early.json');
    fs.writeFileSync(
      file,
      JSON.stringify(
        script([
          { at: 0, by: 'me', do: 'raiseHand' },
          { at: 5, by: 'me', do: 'join' },
        ]),
      ),
    );
    const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'lesson.js'), 'run', file], { cwd: ROOT, encoding: 'utf8' });
    fs.rmSync(dir, { recursive: true, force: true });
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
      status: 2,
      stdout: '',
      stderr: `${file}: step 1: "me" does "raiseHand" at 0 ms, before joining: add { "by": "me", "do": "join" } earlier\n`,
    });
  });

  it.each(refused.filter(([, , , schemaSays]) => schemaSays))('the JSON Schema refuses %s too', (_what, bad) => {
    expect(schemaProblem(schema, bad)).not.toBeNull();
  });
});

describe('the script format in one table, the validator and the JSON Schema', () => {
  const lessons = fs.readdirSync(LESSONS).filter((file) => file.endsWith('.json'));

  it.each(lessons)('lessons/%s passes the validator and the schema', (file) => {
    const content = JSON.parse(fs.readFileSync(path.join(LESSONS, file), 'utf8'));
    expect(() => parseLessonScript(content)).not.toThrow();
    expect(schemaProblem(schema, content)).toBeNull();
  });

  it('docs/lesson-script.schema.json is the schema made from the table (`npx lesson schema > docs/lesson-script.schema.json`)', () => {
    expect(schema).toEqual(lessonScriptSchema());
  });

  it('every action in the table can be written in a script the validator and the schema accept', () => {
    const values: Record<string, unknown> = {
      on: true,
      mic: true,
      camera: false,
      to: 's2',
      count: 1,
      reason: 'userSigExpired',
      channel: 'chat',
      payload: '{}',
      text: '好',
      mode: 'teacher-only',
      level: 'poor',
      id: 'q1',
      options: ['A', 'B'],
      choices: ['A'],
      seconds: 30,
    };
    for (const [actor, table] of Object.entries(ACTIONS)) {
      for (const [action, spec] of Object.entries(table)) {
        const fields = Object.fromEntries(
          Object.keys(spec.fields)
            .filter((field) => field in values)
            .map((field) => [field, values[field]]),
        );
        const by = { me: 'me', staff: 't1', classmate: 's2', network: 'network' }[actor];
        const content = joined({ at: 5, by, do: action, ...fields });
        expect([actor, action, schemaProblem(schema, content)]).toEqual([actor, action, null]);
        expect(() => parseLessonScript(content)).not.toThrow();
      }
    }
  });

  it('accepts a $schema reference and a description, for editors and readers', () => {
    const content = { $schema: '../docs/lesson-script.schema.json', description: '学生先举手', ...joined() };
    expect(() => parseLessonScript(content)).not.toThrow();
    expect(schemaProblem(schema, content)).toBeNull();
  });
});
