import { ClassState, StageSeat } from '../../../domain/classroom/ClassState';
import { MAX_STAGE_CAPACITY } from '../../../domain/classroom/StageCapacity';
import { SIGNAL_VERSION } from './SignalProtocol';
import { parseObject } from './wireText';
import { onPhoneClock, readTools } from './toolStateCodec';

/** The protocol's own maxima (docs/signalling.md): a class of 10,000 with every list full. */
export const MAX_SEATS = MAX_STAGE_CAPACITY;
export const MAX_LISTED = 500;

/**
 * The largest state (64 seats, 500 hands, 500 removed, 64 invitations, 500 rewarded, an 8-option
 * question, 128-character ids) is about 240 KB.
 */
export const MAX_STATE_CHARS = 512 * 1024;

/** What the school server answers a student's read (docs/backend-api.md, "The class state"). */
export type ClassStateReply =
  { readonly kind: 'state'; readonly rev: number; readonly state: ClassState } | { readonly kind: 'unchanged'; readonly rev: number };

export function encodeClassState(state: ClassState, rev: number): string {
  const { seq, stage, chatMuted, ended, removed, hands, invitations, question, checkIn, rewards } = state;
  return JSON.stringify({ v: SIGNAL_VERSION, rev, seq, stage, chatMuted, ended, removed, hands, invitations, question, checkIn, rewards });
}

/** A stored state as one read answers it: with the server's time, so that a phone can count the cards' seconds on its own clock. */
export function withServerTime(encoded: string, now: number): string {
  return `{"now":${now},${encoded.slice(1)}`;
}

export function encodeUnchanged(rev: number): string {
  return JSON.stringify({ v: SIGNAL_VERSION, rev, unchanged: true });
}

/**
 * Anything not exactly a v3 reply reads as `undefined`: the caller keeps what it has. Given the
 * phone's time `localNow`, the state's times are moved onto the phone's clock by how far the
 * reply's `now` is from it.
 */
export function decodeClassStateReply(raw: unknown, localNow?: number): ClassStateReply | undefined {
  const body = typeof raw === 'string' ? (raw.length <= MAX_STATE_CHARS ? parseObject(raw) : undefined) : asObject(raw);
  if (!body || body.v !== SIGNAL_VERSION || !isCount(body.rev)) return undefined;
  if (body.unchanged === true) return { kind: 'unchanged', rev: body.rev };
  const state = readState(body);
  if (!state) return undefined;
  const shift = localNow !== undefined && isCount(body.now) ? localNow - body.now : 0;
  return { kind: 'state', rev: body.rev, state: shift === 0 ? state : onPhoneClock(state, shift) };
}

function readState(body: Record<string, unknown>): ClassState | undefined {
  const { seq, chatMuted, ended } = body;
  if (!isCount(seq) || typeof chatMuted !== 'boolean' || typeof ended !== 'boolean') return undefined;
  const removed = readIds(body.removed);
  const hands = readIds(body.hands);
  if (!removed || !hands || !Array.isArray(body.stage) || body.stage.length > MAX_SEATS) return undefined;
  const stage: StageSeat[] = [];
  for (const seat of body.stage as unknown[]) {
    const read = readSeat(seat);
    if (!read) return undefined;
    stage.push(read);
  }
  const tools = readTools(body);
  return tools && { seq, stage, chatMuted, ended, removed, hands, ...tools };
}

const asObject = (raw: unknown) =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 128;

function readIds(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_LISTED || !value.every(isId)) return undefined;
  return value as string[];
}

function readSeat(seat: unknown): StageSeat | undefined {
  if (typeof seat !== 'object' || seat === null) return undefined;
  const { userId, mic, camera, mutedAt } = seat as Record<string, unknown>;
  if (!isId(userId) || typeof mic !== 'boolean' || typeof camera !== 'boolean') return undefined;
  if (mutedAt === undefined) return { userId, mic, camera };
  return isCount(mutedAt) ? { userId, mic, camera, mutedAt } : undefined;
}
