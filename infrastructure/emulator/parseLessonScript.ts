import { ActionStep, LessonScript, ScriptClassroom, ScriptError, ScriptPerson, ScriptStep } from './LessonScript';
import { ActionSpec, CLASSMATE_ACTIONS, FieldType, ME_ACTIONS, NETWORK_ACTIONS, RAW_ACTION, STAFF_ACTIONS } from './scriptActions';

type Json = Record<string, unknown>;

/** Checks a whole script before anything runs; the first problem is thrown as a ScriptError naming its step. */
export function parseLessonScript(input: unknown): LessonScript {
  const root = object(input, 'the script must be a JSON object');
  if (root.version !== 1) throw new ScriptError(`unsupported version ${JSON.stringify(root.version)}; this runner reads version 1`);
  const classroom = parseClassroom(object(root.classroom, '"classroom" must be an object'));
  if (!Array.isArray(root.steps)) throw new ScriptError('"steps" must be an array');
  const joined = new Set(classroom.students.map((student) => student.userId));
  const steps = root.steps.map((raw, i) => parseStep(raw, i + 1, classroom, joined));
  const ordered = steps.map((step, order) => ({ step, order })).sort((a, b) => a.step.at - b.step.at || a.order - b.order);
  return { version: 1, classroom, steps: ordered.map(({ step }) => step) };
}

function parseClassroom(raw: Json): ScriptClassroom {
  const person = (value: unknown, where: string): ScriptPerson => {
    const p = object(value, `${where} must be an object with userId and name`);
    if (typeof p.userId !== 'string' || !p.userId.trim()) throw new ScriptError(`${where}.userId must be a non-empty string`);
    if (typeof p.name !== 'string') throw new ScriptError(`${where}.name must be a string`);
    return { userId: p.userId, name: p.name };
  };
  const people = (value: unknown, where: string) => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) throw new ScriptError(`${where} must be an array`);
    return value.map((entry, i) => person(entry, `${where}[${i}]`));
  };
  for (const field of ['classId', 'title']) {
    if (typeof raw[field] !== 'string' || !(raw[field] as string).trim()) throw new ScriptError(`classroom.${field} must be a non-empty string`);
  }
  if (raw.stageCapacity !== undefined && !(Number.isInteger(raw.stageCapacity) && (raw.stageCapacity as number) >= 1)) {
    throw new ScriptError('classroom.stageCapacity must be a whole number of at least 1');
  }
  const classroom: ScriptClassroom = {
    classId: raw.classId as string,
    title: raw.title as string,
    teacher: person(raw.teacher, 'classroom.teacher'),
    assistants: people(raw.assistants, 'classroom.assistants'),
    students: people(raw.students, 'classroom.students'),
    me: person(raw.me, 'classroom.me'),
    stageCapacity: raw.stageCapacity as number | undefined,
  };
  const ids = [classroom.teacher, ...classroom.assistants, ...classroom.students, classroom.me].map((p) => p.userId);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw new ScriptError(`classroom: the user id "${duplicate}" is used twice`);
  return classroom;
}

function parseStep(raw: unknown, index: number, classroom: ScriptClassroom, joined: Set<string>): ScriptStep {
  const step = object(raw, 'a step must be an object', index);
  if (typeof step.at !== 'number' || !Number.isFinite(step.at) || step.at < 0) throw new ScriptError('"at" must be a number of milliseconds ≥ 0', index);
  if ('snapshot' in step) {
    if (typeof step.snapshot !== 'string' || !step.snapshot) throw new ScriptError('"snapshot" must be a non-empty label', index);
    return { index, at: step.at, snapshot: step.snapshot };
  }
  if (typeof step.by !== 'string') throw new ScriptError('a step needs "by" (who acts) or "snapshot"', index);
  if (typeof step.do !== 'string') throw new ScriptError('a step needs "do" (the action)', index);
  const spec = specFor(step.by, step.do, classroom, joined, index);
  const args = parseArgs(step, spec, index);
  if (step.do === 'join' && step.by !== classroom.me.userId && step.by !== 'me') joined.add(step.by);
  return { index, at: step.at, by: step.by === classroom.me.userId ? 'me' : step.by, do: step.do, args } as ActionStep;
}

function specFor(by: string, action: string, classroom: ScriptClassroom, joined: Set<string>, index: number): ActionSpec {
  if (action === 'raw') {
    if (by === 'network' || !isKnown(by, classroom, joined)) throw new ScriptError(`unknown user "${by}"`, index);
    return RAW_ACTION;
  }
  const table = tableFor(by, classroom, joined, action);
  if (!table) throw new ScriptError(`unknown user "${by}"`, index);
  const spec = table.actions[action];
  if (!spec) throw new ScriptError(`unknown action "${action}" for ${table.who}`, index);
  return spec;
}

function tableFor(by: string, classroom: ScriptClassroom, joined: Set<string>, action: string) {
  if (by === 'me' || by === classroom.me.userId) return { who: 'me', actions: ME_ACTIONS };
  if (by === 'network') return { who: 'the network', actions: NETWORK_ACTIONS };
  if (by === classroom.teacher.userId || classroom.assistants.some((a) => a.userId === by)) return { who: 'the teacher or an assistant', actions: STAFF_ACTIONS };
  if (joined.has(by) || action === 'join') return { who: 'a student', actions: CLASSMATE_ACTIONS };
  return undefined;
}

function isKnown(by: string, classroom: ScriptClassroom, joined: Set<string>): boolean {
  return tableFor(by, classroom, joined, '') !== undefined;
}

function parseArgs(step: Json, spec: ActionSpec, index: number): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const [field, type] of Object.entries(spec)) {
    if (type === 'text-or-image-url' || type === 'text-or-image-file') {
      Object.assign(args, chatContent(step, type, index));
      continue;
    }
    const value = step[field] ?? (type === 'optional-channel' ? 'chat' : undefined);
    if (value === undefined) throw new ScriptError(`"${step.do}" needs the field "${field}"`, index);
    if (!fits(value, type)) throw new ScriptError(`"${field}" must be ${describe(type)}`, index);
    args[field] = value;
  }
  return args;
}

function chatContent(step: Json, type: FieldType, index: number): Record<string, unknown> {
  if (typeof step.text === 'string') return { text: step.text };
  if (type === 'text-or-image-url' && typeof step.image === 'string') return { image: step.image };
  const image = step.image as Json | undefined;
  if (type === 'text-or-image-file' && image && typeof image === 'object' && typeof image.path === 'string' && typeof image.size === 'number') {
    return { image: { path: image.path, size: image.size, type: typeof image.type === 'string' ? image.type : undefined } };
  }
  const wanted = type === 'text-or-image-url' ? '"text" or "image" (a URL)' : '"text" or "image" ({path, size, type})';
  throw new ScriptError(`"chat" needs ${wanted}`, index);
}

function fits(value: unknown, type: FieldType): boolean {
  if (type === 'raw-channel') return value === 'chat' || value === 'signal' || value === 'state';
  if (type === 'optional-channel') return value === 'chat' || value === 'signal';
  if (type === 'kick-reason') return value === 'multipleAccount' || value === 'userSigExpired';
  if (type === 'number') return typeof value === 'number' && Number.isInteger(value) && value >= 0;
  return typeof value === type;
}

function describe(type: FieldType): string {
  if (type === 'raw-channel') return '"chat", "signal" or "state"';
  if (type === 'optional-channel') return '"chat" or "signal"';
  if (type === 'kick-reason') return '"multipleAccount" or "userSigExpired"';
  if (type === 'number') return 'a whole number ≥ 0';
  return `a ${type}`;
}

function object(value: unknown, message: string, step?: number): Json {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ScriptError(message, step);
  return value as Json;
}
