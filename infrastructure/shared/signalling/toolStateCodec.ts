import { CheckInState, ClassState, OpenInvitation, QuestionState, RewardCount } from '../../../domain/classroom/ClassState';
import { Choice, MAX_OPTION_CHARS, MAX_OPTIONS, MIN_OPTIONS, readChoices } from '../../../domain/interactions/choices';
import { isToolId, MAX_REWARDED } from '../../../domain/interactions/limits';
import { toolFits } from '../../../domain/interactions/toolFits';
import { isUserId } from '../../../domain/classroom/UserId';

type Tools = Pick<ClassState, 'invitations' | 'question' | 'checkIn' | 'rewards'>;
type Body = Record<string, unknown>;

const MAX_INVITATIONS = 64;

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isObject = (value: unknown): value is Body => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An option's own words: 1–40 characters, not all blank. */
export const isOptionText = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_OPTION_CHARS && value.trim().length > 0;

export function readOptions(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length < MIN_OPTIONS || value.length > MAX_OPTIONS || !value.every(isOptionText)) return undefined;
  return value as string[];
}

/** The class tools of a stored state; a state from before them (no fields at all) has none open. */
export function readTools(body: Body): Tools | undefined {
  const invitations = readList(body.invitations ?? [], MAX_INVITATIONS, readInvitation);
  const rewards = readList(body.rewards ?? [], MAX_REWARDED, readReward);
  const question = body.question === undefined || body.question === null ? null : readQuestion(body.question);
  const checkIn = body.checkIn === undefined || body.checkIn === null ? null : readCheckIn(body.checkIn);
  if (!invitations || !rewards || question === undefined || checkIn === undefined) return undefined;
  return { invitations, question, checkIn, rewards };
}

/** The same state with its times `shift` ms later: the server's clock read as the phone's. */
export function onPhoneClock(state: ClassState, shift: number): ClassState {
  const { question, checkIn } = state;
  return {
    ...state,
    invitations: state.invitations.map((entry) => ({ ...entry, endsAt: entry.endsAt + shift })),
    question: question && { ...question, endsAt: question.endsAt === null ? null : question.endsAt + shift },
    checkIn: checkIn && { ...checkIn, endsAt: checkIn.endsAt + shift },
  };
}

function readList<T>(value: unknown, max: number, read: (entry: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(value) || value.length > max) return undefined;
  const list: T[] = [];
  for (const entry of value as unknown[]) {
    const item = read(entry);
    if (item === undefined) return undefined;
    list.push(item);
  }
  return list;
}

function readInvitation(value: unknown): OpenInvitation | undefined {
  if (!isObject(value)) return undefined;
  const { to, mic, camera, seq, endsAt } = value;
  if (!isUserId(to) || typeof mic !== 'boolean' || typeof camera !== 'boolean' || !isCount(seq) || !isCount(endsAt)) return undefined;
  return { to, mic, camera, seq, endsAt };
}

function readQuestion(value: unknown): QuestionState | undefined {
  if (!isObject(value)) return undefined;
  const { id, multiple, endsAt, results } = value;
  const options = readOptions(value.options);
  if (!isToolId(id) || !options || typeof multiple !== 'boolean' || (endsAt !== null && !isCount(endsAt))) return undefined;
  const question = { id, options, multiple, endsAt };
  if (results === null) return { ...question, results: null };
  if (!isObject(results) || !Array.isArray(results.counts)) return undefined;
  const correct = results.correct === null ? null : readChoices(results.correct, options.length, multiple);
  const counts = results.counts as number[];
  if (correct === undefined || !toolFits.results(question, correct, counts)) return undefined;
  return { ...question, results: { correct: correct as Choice[] | null, counts } };
}

function readCheckIn(value: unknown): CheckInState | undefined {
  if (!isObject(value) || !isToolId(value.id) || !isCount(value.endsAt)) return undefined;
  return { id: value.id, endsAt: value.endsAt };
}

function readReward(value: unknown): RewardCount | undefined {
  if (!isObject(value) || !isUserId(value.userId) || !isCount(value.count) || value.count === 0) return undefined;
  return { userId: value.userId, count: value.count };
}
