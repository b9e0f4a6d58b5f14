import { TeacherCommand } from '../../../domain/classroom/TeacherCommand';
import { MemoryLogger } from '../../../infrastructure/shared/MemoryLogger';
import { decodeSignal } from '../../../infrastructure/shared/signalling/decodeSignal';
import { encodeSignal } from '../../../infrastructure/shared/signalling/encodeSignal';
import { SignalDropLog } from '../../../infrastructure/shared/signalling/SignalDropLog';
import { MAX_SIGNAL_BYTES, SIGNAL_EXTENSION } from '../../../infrastructure/shared/signalling/SignalProtocol';

const received = (from: string, data: unknown, extension: unknown = SIGNAL_EXTENSION) => decodeSignal({ from, data, extension });

const EVERY_COMMAND: TeacherCommand[] = [
  { type: 'grant', to: 's1', mic: true, camera: false },
  { type: 'grant', to: 's2', mic: false, camera: true },
  { type: 'revoke', to: 's1' },
  { type: 'muteAll' },
  { type: 'muteChat', on: true },
  { type: 'muteChat', on: false },
  { type: 'kick', to: 's3' },
  { type: 'endClass' },
];

describe('the signalling protocol', () => {
  it.each(EVERY_COMMAND.map((command) => [command.type, command] as const))(
    'round-trips %s from the teacher and the assistant',
    (_, command) => {
      const payload = encodeSignal({ ...command, seq: 12 });
      expect(payload.extension).toBe(SIGNAL_EXTENSION);
      for (const sender of ['t1', 'a1', 's2']) {
        expect(received(sender, payload.data)).toEqual({ ok: true, event: { type: 'command', senderId: sender, seq: 12, command } });
      }
    },
  );

  it('round-trips a student raising and lowering a hand', () => {
    for (const raised of [true, false]) {
      expect(received('s2', encodeSignal({ type: 'hand', raised }).data)).toEqual({
        ok: true,
        event: { type: 'hand', senderId: 's2', raised },
      });
    }
  });

  it('never takes the sender from the payload', () => {
    const data = JSON.stringify({ v: 3, seq: 1, type: 'endClass', from: 't1', senderId: 't1' });
    expect(received('s2', data)).toEqual({ ok: true, event: { type: 'command', senderId: 's2', seq: 1, command: { type: 'endClass' } } });
  });

  it.each([
    ['malformed JSON', '{"v":3,', 'malformed'],
    ['JSON that is not an object', '[1,2]', 'malformed'],
    ['a payload without a version', JSON.stringify({ type: 'endClass' }), 'malformed'],
    ['a version 1 command', JSON.stringify({ v: 1, type: 'endClass' }), 'old-version'],
    ['a version 2 command (numbered by a staff client)', JSON.stringify({ v: 2, seq: 1, type: 'endClass' }), 'old-version'],
    ['an unknown version', JSON.stringify({ v: 4, seq: 1, type: 'endClass' }), 'unknown-version'],
    ['a command without a number', JSON.stringify({ v: 3, type: 'endClass' }), 'bad-fields'],
    ['a command numbered 0', JSON.stringify({ v: 3, seq: 0, type: 'endClass' }), 'bad-fields'],
    ['a command numbered as a string', JSON.stringify({ v: 3, seq: '3', type: 'endClass' }), 'bad-fields'],
    ['an unknown command', JSON.stringify({ v: 3, seq: 1, type: 'openDoor' }), 'unknown-command'],
    ['a grant with a string flag', JSON.stringify({ v: 3, seq: 1, type: 'grant', to: 's1', mic: 'true', camera: false }), 'bad-fields'],
    ['a revoke without a target', JSON.stringify({ v: 3, seq: 1, type: 'revoke' }), 'bad-fields'],
    ['a kick with a numeric target', JSON.stringify({ v: 3, seq: 1, type: 'kick', to: 7 }), 'bad-fields'],
    ['a hand without a flag', JSON.stringify({ v: 3, seq: 1, type: 'hand' }), 'bad-fields'],
    ['more than 8 KB', JSON.stringify({ v: 3, seq: 1, type: 'muteAll', pad: '课'.repeat(MAX_SIGNAL_BYTES / 3) }), 'oversized'],
  ])('drops %s', (_, data, reason) => {
    expect(received('t1', data)).toEqual({ ok: false, reason });
  });

  it('measures the 8 KB limit in UTF-8 bytes', () => {
    const fits = JSON.stringify({ v: 3, seq: 1, type: 'muteAll', pad: 'x'.repeat(MAX_SIGNAL_BYTES - 50) });
    expect(received('t1', fits)).toMatchObject({ ok: true });
    const chinese = JSON.stringify({ v: 3, seq: 1, type: 'muteAll', pad: '课'.repeat((MAX_SIGNAL_BYTES - 40) / 2) });
    expect(chinese.length).toBeLessThan(MAX_SIGNAL_BYTES);
    expect(received('t1', chinese)).toEqual({ ok: false, reason: 'oversized' });
  });

  it('leaves messages with another extension to their own protocol', () => {
    expect(received('t1', '{}', 'TXWhiteBoardExt')).toEqual({ ok: false, reason: 'foreign' });
  });

  it('logs the first drop of each kind and counts the rest', () => {
    const logger = new MemoryLogger();
    const drops = new SignalDropLog(logger);
    drops.dropped('malformed', 's2');
    drops.dropped('malformed', 's2');
    drops.dropped('oversized', 's3');
    expect(logger.entries.map((entry) => entry.detail)).toEqual([
      { reason: 'malformed', from: 's2' },
      { reason: 'oversized', from: 's3' },
    ]);
    expect(drops.count('malformed')).toBe(2);
  });
});
