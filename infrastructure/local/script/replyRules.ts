import { ReplyRule, ScriptClassroom, ScriptError, ScriptStep } from './LessonScript';
import { Json } from './parseScriptClassroom';

const fail = (message: string, index: number) => new ScriptError(`reply ${index}: ${message}`);

/** What a reply may wait for: what the replying person's client hears from someone. */
export const HEARD_ACTIONS = ['raiseHand', 'lowerHand', 'chat'] as const;
export type HeardAction = (typeof HEARD_ACTIONS)[number];

/** The longest wait a reply may have: one hour of simulated time. */
export const MAX_REPLY_AFTER_MS = 60 * 60 * 1000;

const WHEN_FIELDS = ['by', 'does'];

/**
 * Reads one reply rule: `when` someone (`by`: a user id, `me`, or `anyone`) `does` something the
 * replier hears, `after` that many milliseconds the replier takes the rule's action. The action is
 * checked by `parseAction`, as a step's is. Rules fire every time, so a person acting in the
 * preview's console meets the same replies as a script's steps do.
 */
export function parseReply(raw: unknown, index: number, parseAction: (step: Json, index: number) => ScriptStep): ReplyRule {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw fail('a reply must be an object', index);
  const { when, after = 0, ...action } = raw as Json;
  if (typeof when !== 'object' || when === null || Array.isArray(when))
    throw fail('a reply needs "when": {"by": who, "does": what they do}', index);
  const heard = when as Json;
  const unknown = Object.keys(heard).filter((field) => !WHEN_FIELDS.includes(field));
  if (unknown.length > 0) throw fail(`"when" has unknown fields ${unknown.map((field) => `"${field}"`).join(', ')}`, index);
  if (typeof heard.by !== 'string' || !heard.by) throw fail('"when.by" must be a user id, "me" or "anyone"', index);
  if (!HEARD_ACTIONS.includes(heard.does as HeardAction))
    throw fail(`"when.does" must be one of ${HEARD_ACTIONS.map((name) => `"${name}"`).join(', ')}`, index);
  if (typeof after !== 'number' || !Number.isFinite(after) || after < 0 || after > MAX_REPLY_AFTER_MS)
    throw fail(`"after" must be milliseconds from 0 to ${MAX_REPLY_AFTER_MS}, got ${JSON.stringify(after)}`, index);
  let step: ScriptStep;
  try {
    step = parseAction({ ...action, at: 0 }, index);
  } catch (error) {
    throw error instanceof ScriptError ? fail(error.message.replace(/^step \d+: /, ''), index) : error;
  }
  if (!('do' in step)) throw fail('a reply is an action ("by" and "do"), not a snapshot', index);
  if (step.by === 'me' || step.by === 'network') throw fail('a reply is taken by the teacher, an assistant or a classmate', index);
  return { index, when: { by: heard.by, does: heard.does as HeardAction }, after, action: step };
}

/** Whether `by` in a rule's `when` names someone in the class (or everyone). */
export function knownSender(by: string, classroom: ScriptClassroom, joiners: ReadonlySet<string>): boolean {
  if (by === 'anyone' || by === 'me' || by === classroom.me.userId) return true;
  const people = [classroom.teacher, ...classroom.assistants, ...classroom.students].map((person) => person.userId);
  return people.includes(by) || joiners.has(by);
}
