import { ClassControlEvent } from '../../application/ports/ClassControlPort';
import { Role } from '../../domain/classroom/Role';
import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { isUserId } from '../../domain/classroom/UserId';
import { DropReason, MAX_SIGNAL_BYTES, SIGNAL_EXTENSION, SIGNAL_VERSION } from './SignalProtocol';
import { readCommand } from './readCommand';

export interface ReceivedSignal {
  /** The sender as the IM service identified it; a payload never names its own sender. */
  readonly from: string;
  readonly data: unknown;
  readonly extension: unknown;
}

export interface SenderRoles {
  roleOf(userId: string): Role;
}

export type SignalDecoding =
  | { readonly ok: true; readonly event: ClassControlEvent }
  | { readonly ok: false; readonly reason: DropReason }
  /** Another protocol's message in the same group (the board's, for one): not ours to judge. */
  | { readonly ok: false; readonly reason: 'foreign' };

const drop = (reason: DropReason | 'foreign'): SignalDecoding => ({ ok: false, reason });

export function decodeSignal(message: ReceivedSignal, roster: SenderRoles): SignalDecoding {
  if (message.extension !== SIGNAL_EXTENSION) return drop('foreign');
  if (typeof message.data !== 'string' || !isUserId(message.from)) return drop('malformed');
  if (utf8Length(message.data) > MAX_SIGNAL_BYTES) return drop('oversized');
  const body = parseObject(message.data);
  if (!body || !Number.isInteger(body.v) || typeof body.type !== 'string') return drop('malformed');
  if (body.v !== SIGNAL_VERSION) return drop('unknown-version');
  const role = roster.roleOf(message.from);
  if (body.type === 'hand') {
    if (typeof body.raised !== 'boolean') return drop('bad-fields');
    if (role !== 'student') return drop('not-permitted');
    return { ok: true, event: { type: 'hand', senderId: message.from, raised: body.raised } };
  }
  const command: TeacherCommand | 'unknown' | 'invalid' = readCommand(body);
  if (command === 'unknown') return drop('unknown-command');
  if (command === 'invalid') return drop('bad-fields');
  if (role === 'student') return drop('not-permitted');
  return { ok: true, event: { type: 'command', senderId: message.from, command } };
}

function parseObject(data: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(data);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** UTF-8 size without Buffer or TextEncoder, neither of which every WeChat runtime has. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
