import { ActionStep, LessonScript, ScriptClassroom, ScriptError, ScriptStep } from './LessonScript';
import { ActionSpec, actionOf, Actor, ACTOR_NAMES } from './scriptActions';
import { Json, jsonObject, onlyFields, parseScriptClassroom } from './parseScriptClassroom';
import { knownSender, parseReply } from './replyRules';

/** Steps happen within one day of simulated time: a later `at` is a typo, and playing it would take minutes. */
export const MAX_SCRIPT_AT_MS = 24 * 60 * 60 * 1000;

export const ROOT_FIELDS = ['$schema', 'description', 'version', 'classroom', 'replies', 'steps'] as const;
const STEP_FIELDS = ['at', 'by', 'do'];
const SNAPSHOT_FIELDS = ['at', 'snapshot'];

/**
 * Checks a whole script before anything runs; the first problem is thrown as a ScriptError
 * naming its step (counted from 1 in file order). Nothing unknown passes: fields, actions
 * (own entries of the table in scriptActions only), users, or values out of range.
 */
export function parseLessonScript(input: unknown): LessonScript {
  const root = jsonObject(input, 'the script must be a JSON object');
  onlyFields(root, ROOT_FIELDS, 'the script');
  if (root.version !== 1) throw new ScriptError(`unsupported version ${JSON.stringify(root.version)}; this runner reads version 1`);
  if (root.$schema !== undefined && typeof root.$schema !== 'string') throw new ScriptError('"$schema" must be a string');
  if (root.description !== undefined && typeof root.description !== 'string') throw new ScriptError('"description" must be a string');
  const classroom = parseScriptClassroom(root.classroom);
  if (!Array.isArray(root.steps)) throw new ScriptError('"steps" must be an array');
  const joiners = laterJoiners(root.steps, classroom);
  const steps = root.steps.map((raw, i) => parseStep(raw, i + 1, classroom, joiners));
  const ordered = steps
    .map((step, order) => ({ step, order }))
    .sort((a, b) => a.step.at - b.step.at || a.order - b.order)
    .map(({ step }) => step);
  checkOrder(ordered, classroom);
  if (root.replies !== undefined && !Array.isArray(root.replies)) throw new ScriptError('"replies" must be an array');
  const replies = (root.replies ?? []).map((raw: unknown, i: number) => {
    const rule = parseReply(raw, i + 1, (action, index) => parseStep(action, index, classroom, joiners));
    if (!knownSender(rule.when.by, classroom, joiners)) throw new ScriptError(`reply ${i + 1}: unknown user "${rule.when.by}" in "when"`);
    return rule;
  });
  return { version: 1, classroom, replies, steps: ordered };
}

function parseStep(raw: unknown, index: number, classroom: ScriptClassroom, joiners: ReadonlySet<string>): ScriptStep {
  const step = jsonObject(raw, 'a step must be an object', index);
  const at = step.at;
  if (typeof at !== 'number' || !Number.isFinite(at) || at < 0 || at > MAX_SCRIPT_AT_MS) {
    throw new ScriptError(`"at" must be milliseconds from 0 to ${MAX_SCRIPT_AT_MS} (one day), got ${JSON.stringify(at)}`, index);
  }
  if (has(step, 'snapshot')) {
    if (has(step, 'by') || has(step, 'do')) throw new ScriptError('a step is a snapshot or an action ("by" and "do"), not both', index);
    onlyFields(step, SNAPSHOT_FIELDS, 'a snapshot step', index);
    if (typeof step.snapshot !== 'string' || !step.snapshot) throw new ScriptError('"snapshot" must be a non-empty label', index);
    return { index, at, snapshot: step.snapshot };
  }
  if (typeof step.by !== 'string') throw new ScriptError('a step needs "by" (who acts) or "snapshot"', index);
  if (typeof step.do !== 'string') throw new ScriptError('a step needs "do" (the action)', index);
  const actor = actorOf(step.by, classroom, joiners);
  if (!actor) throw new ScriptError(`unknown user "${step.by}"`, index);
  const spec = actionOf(actor, step.do);
  if (!spec) throw new ScriptError(`unknown action "${step.do}" for ${ACTOR_NAMES[actor]}`, index);
  onlyFields(step, [...STEP_FIELDS, ...Object.keys(spec.fields)], `"${step.do}"`, index);
  const args = parseArgs(step, spec, index);
  return { index, at, by: actor === 'me' ? 'me' : step.by, do: step.do, args } satisfies ActionStep;
}

function parseArgs(step: Json, spec: ActionSpec, index: number): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const [field, { type, optional }] of Object.entries(spec.fields)) {
    const value = step[field];
    if (value === undefined) {
      if (!optional) throw new ScriptError(`"${step.do}" needs the field "${field}"`, index);
      continue;
    }
    if (!type.check(value)) throw new ScriptError(`"${field}" must be ${type.wanted}`, index);
    args[field] = value;
  }
  const given = spec.exactlyOne?.filter((field) => args[field] !== undefined);
  if (given && given.length !== 1) {
    const choices = spec.exactlyOne!.map((field) => `"${field}" (${spec.fields[field].type.wanted})`).join(' or ');
    throw new ScriptError(`"${step.do}" needs exactly one of ${choices}`, index);
  }
  return args;
}

function actorOf(by: string, classroom: ScriptClassroom, joiners: ReadonlySet<string>): Actor | undefined {
  if (by === 'me' || by === classroom.me.userId) return 'me';
  if (by === 'network') return 'network';
  if (by === classroom.teacher.userId || classroom.assistants.some((a) => a.userId === by)) return 'staff';
  if (classroom.students.some((s) => s.userId === by) || joiners.has(by)) return 'classmate';
  return undefined;
}

/** Users not in the classroom who `join` at some step: students coming in later. */
function laterJoiners(steps: readonly unknown[], classroom: ScriptClassroom): Set<string> {
  const joiners = new Set<string>();
  for (const step of steps) {
    if (typeof step !== 'object' || step === null) continue;
    const { by, do: action } = step as Json;
    if (action === 'join' && typeof by === 'string' && actorOf(by, classroom, new Set()) === undefined) joiners.add(by);
  }
  return joiners;
}

/** In the order steps run: the student joins before doing anything else, a later student before acting. */
function checkOrder(steps: readonly ScriptStep[], classroom: ScriptClassroom): void {
  let meJoined = false;
  const present = new Set(classroom.students.map((student) => student.userId));
  for (const step of steps) {
    if (!('do' in step)) continue;
    if (step.by === 'me') {
      if (step.do === 'join') meJoined = true;
      else if (!meJoined)
        throw new ScriptError(
          `"me" does "${step.do}" at ${step.at} ms, before joining: add { "by": "me", "do": "join" } earlier`,
          step.index,
        );
      continue;
    }
    if (actorOf(step.by, classroom, present) !== undefined || step.do === 'join') {
      if (step.do === 'join') present.add(step.by);
      continue;
    }
    throw new ScriptError(`"${step.by}" does "${step.do}" at ${step.at} ms, before joining the lesson`, step.index);
  }
}

function has(value: Json, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(value, key);
}
