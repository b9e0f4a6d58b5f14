import { ClassControlEvent } from '../../../application/ports/ClassControlPort';
import { TeacherCommand } from '../../../domain/classroom/TeacherCommand';
import { isUserId } from '../../../domain/classroom/UserId';
import { DropReason, MAX_SIGNAL_BYTES, SIGNAL_EXTENSION, SIGNAL_VERSION } from './SignalProtocol';
import { readCommand } from './readCommand';
import { parseObject, utf8Length } from './wireText';

export interface ReceivedSignal {
  /** The sender as the IM service identified it; a payload never names its own sender. */
  readonly from: string;
  readonly data: unknown;
  readonly extension: unknown;
}

export type SignalDecoding =
  | { readonly ok: true; readonly event: ClassControlEvent }
  | { readonly ok: false; readonly reason: DropReason }
  /** Another protocol's message in the same group (the board's, for one): not ours to judge. */
  | { readonly ok: false; readonly reason: 'foreign' };

const drop = (reason: DropReason | 'foreign'): SignalDecoding => ({ ok: false, reason });

const isSeq = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

/** Shape, size and version only: the sender is passed on for the classroom to judge. */
export function decodeSignal(message: ReceivedSignal): SignalDecoding {
  if (message.extension !== SIGNAL_EXTENSION) return drop('foreign');
  if (typeof message.data !== 'string' || !isUserId(message.from)) return drop('malformed');
  if (utf8Length(message.data) > MAX_SIGNAL_BYTES) return drop('oversized');
  const body = parseObject(message.data);
  if (!body || !Number.isInteger(body.v) || typeof body.type !== 'string') return drop('malformed');
  // Older teacher clients kept the state where a real class does not fit (ADR 0008): not followed.
  if (body.v === 1 || body.v === 2) return drop('old-version');
  if (body.v !== SIGNAL_VERSION) return drop('unknown-version');
  if (body.type === 'hand') {
    if (typeof body.raised !== 'boolean' || (body.rev !== undefined && !isSeq(body.rev))) return drop('bad-fields');
    const rev = isSeq(body.rev) ? { rev: body.rev } : {};
    return { ok: true, event: { type: 'hand', senderId: message.from, raised: body.raised, ...rev } };
  }
  const command: TeacherCommand | 'unknown' | 'invalid' = readCommand(body);
  if (command === 'unknown') return drop('unknown-command');
  if (command === 'invalid' || !isSeq(body.seq)) return drop('bad-fields');
  return { ok: true, event: { type: 'command', senderId: message.from, seq: body.seq, command } };
}
