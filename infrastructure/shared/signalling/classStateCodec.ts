import { ClassState, INITIAL_CLASS_STATE, StageSeat } from '../../../application/ports/ClassControlPort';
import { MAX_SIGNAL_BYTES, SIGNAL_VERSION } from './SignalProtocol';
import { parseObject } from './wireText';

/**
 * The signalling group's custom profile field that holds the class state. IM lets only the
 * group's owner and admins change a group's profile (docs/signalling.md has the evidence), so
 * a classmate cannot write it. Field keys are letters, digits and `_`, at most 16 characters.
 */
export const CLASS_STATE_FIELD = 'lesson_state';

const MAX_SEATS = 64;
const MAX_LISTED = 500;

export function encodeClassState(state: ClassState): string {
  const { seq, stage, chatMuted, ended, removed, hands } = state;
  return JSON.stringify({ v: SIGNAL_VERSION, seq, stage, chatMuted, ended, removed, hands });
}

/** Anything not exactly a v2 state reads as `undefined`: the caller keeps what it has. */
export function decodeClassState(raw: unknown): ClassState | undefined {
  if (raw === undefined || raw === null || raw === '') return INITIAL_CLASS_STATE;
  if (typeof raw !== 'string' || raw.length > MAX_SIGNAL_BYTES) return undefined;
  const body = parseObject(raw);
  if (!body || body.v !== SIGNAL_VERSION) return undefined;
  const { seq, chatMuted, ended } = body;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) return undefined;
  if (typeof chatMuted !== 'boolean' || typeof ended !== 'boolean') return undefined;
  const removed = readIds(body.removed);
  const hands = readIds(body.hands);
  if (!removed || !hands || !Array.isArray(body.stage) || body.stage.length > MAX_SEATS) return undefined;
  const stage: StageSeat[] = [];
  for (const seat of body.stage as unknown[]) {
    const read = readSeat(seat);
    if (!read) return undefined;
    stage.push(read);
  }
  return { seq, stage, chatMuted, ended, removed, hands };
}

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 128;

function readIds(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_LISTED || !value.every(isId)) return undefined;
  return value as string[];
}

function readSeat(seat: unknown): StageSeat | undefined {
  if (typeof seat !== 'object' || seat === null) return undefined;
  const { userId, mic, camera } = seat as Record<string, unknown>;
  if (!isId(userId) || typeof mic !== 'boolean' || typeof camera !== 'boolean') return undefined;
  return { userId, mic, camera };
}
