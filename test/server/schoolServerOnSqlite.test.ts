import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SchoolServerCore } from '../../server/application/SchoolServerCore';
import { GroupSignal, PublishError } from '../../server/application/ports/SignalPublisher';
import { directoryOf } from '../../server/infrastructure/memory/classEntryOf';
import { SqliteClassStore } from '../../server/infrastructure/sqlite/SqliteClassStore';
import { decodeClassStateReply } from '../../infrastructure/shared/signalling/classStateCodec';

// Real sockets, a child process or a big class: generous margins on a loaded machine, never a timed check.
jest.setTimeout(30_000);

const CLASS = {
  classId: 'math-101',
  title: '数学',
  teacher: { userId: 't1', name: '王老师' },
  assistants: [{ userId: 'a1', name: '李助教' }],
  roomId: '2001',
  chatGroupId: 'math-101-chat',
  signalGroupId: 'math-101-signal',
};

/**
 * IM as the server sees it: it takes messages while up, refuses with a retryable error while
 * down, and keeps one copy of messages to a group with the same `Random` (its 5-minute dedupe;
 * these tests run well inside it).
 */
function anIm() {
  const im = { up: true, taken: [] as GroupSignal[], sends: 0 };
  const publisher = {
    publish: async (signal: GroupSignal) => {
      if (!im.up) throw new PublishError('NETWORK', true, 'IM is unreachable');
      im.sends++;
      if (!im.taken.some((taken) => taken.groupId === signal.groupId && taken.dedupeKey === signal.dedupeKey)) im.taken.push(signal);
    },
  };
  return { im, publisher };
}

/** A server process on the SQLite file; time runs at once, so a retry waits for nothing. */
function aServer(file: string, publisher: { publish: (signal: GroupSignal) => Promise<void> }) {
  const store = new SqliteClassStore(file);
  const core = new SchoolServerCore({
    directory: directoryOf([CLASS]),
    store,
    publisher,
    removal: { remove: async () => undefined },
    clock: { now: () => 0, delay: () => new Promise((resolve) => setTimeout(resolve, 0)) },
    log: { info: () => undefined, warn: () => undefined },
  });
  return {
    core,
    store,
    stop: async () => {
      await core.stop();
    },
  };
}

async function stateOf(core: SchoolServerCore) {
  const read = await core.readState.execute(CLASS.classId);
  if (!read.ok) throw new Error(read.code);
  return decodeClassStateReply(read.body);
}

describe('the school server on its SQLite file', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'school-'));
    file = path.join(dir, 'classes.sqlite');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged command and hand through a restart, and numbers on from where it was', async () => {
    const { im, publisher } = anIm();
    const first = aServer(file, publisher);
    expect(await first.core.command({ classId: CLASS.classId, senderId: 't1', body: { type: 'muteChat', on: true } })).toMatchObject({
      ok: true,
      seq: 1,
    });
    expect(await first.core.hand.execute(CLASS.classId, 's2', true)).toMatchObject({ ok: true });
    await first.core.publish.idle();
    await first.stop();

    const again = aServer(file, publisher);
    expect(await stateOf(again.core)).toMatchObject({ state: { seq: 1, chatMuted: true, hands: ['s2'] } });
    expect(
      await again.core.command({ classId: CLASS.classId, senderId: 'a1', body: { type: 'grant', to: 's2', mic: true, camera: false } }),
    ).toMatchObject({
      ok: true,
      seq: 2,
    });
    await again.core.publish.idle();
    expect(im.taken.map((signal) => [signal.senderId, JSON.parse(signal.data).seq ?? null])).toEqual([
      ['t1', 1],
      ['s2', null],
      ['a1', 2],
    ]);
    await again.stop();
  });

  it('publishes after a restart what IM could not take before it, once and in order', async () => {
    const { im, publisher } = anIm();
    im.up = false;
    const first = aServer(file, publisher);
    await first.core.command({ classId: CLASS.classId, senderId: 't1', body: { type: 'muteChat', on: true } });
    await first.core.command({ classId: CLASS.classId, senderId: 't1', body: { type: 'muteChat', on: false } });
    await first.stop();

    im.up = true;
    const again = aServer(file, publisher);
    await again.core.start();
    await again.core.publish.idle();
    expect(im.taken.map((signal) => JSON.parse(signal.data))).toMatchObject([
      { seq: 1, on: true },
      { seq: 2, on: false },
    ]);
    await again.stop();
  });

  it('answers a resent request with its first number, and refuses a student and anything after the end', async () => {
    const { publisher } = anIm();
    const { core, stop } = aServer(file, publisher);
    const body = { type: 'kick', to: 's3', requestId: 'req-1' };
    expect(await core.command({ classId: CLASS.classId, senderId: 't1', body })).toMatchObject({ ok: true, seq: 1, repeated: false });
    expect(await core.command({ classId: CLASS.classId, senderId: 't1', body })).toMatchObject({ ok: true, seq: 1, repeated: true });
    expect(await core.command({ classId: CLASS.classId, senderId: 's2', body: { type: 'endClass' } })).toEqual({
      ok: false,
      code: 'NOT_STAFF',
    });
    await core.command({ classId: CLASS.classId, senderId: 't1', body: { type: 'endClass' } });
    expect(await core.command({ classId: CLASS.classId, senderId: 'a1', body: { type: 'muteAll' } })).toEqual({
      ok: false,
      code: 'CLASS_OVER',
    });
    expect(await stateOf(core)).toMatchObject({ state: { seq: 2, ended: true, removed: ['s3'] } });
    await stop();
  });

  it('gives two server processes on one file no two changes with one number, and students each change once', async () => {
    const { im, publisher } = anIm();
    const one = aServer(file, publisher);
    const two = aServer(file, publisher);
    const sent = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        (i % 2 ? one : two).core.command({ classId: CLASS.classId, senderId: 't1', body: { type: 'muteChat', on: i % 2 === 0 } }),
      ),
    );
    const stored = sent.flatMap((outcome) => (outcome.ok ? [outcome.seq] : []));
    expect(new Set(stored).size).toBe(stored.length);
    await one.core.publish.idle();
    await two.core.publish.idle();
    // Both outboxes may send a change; IM keeps one copy by its Random, so each number arrives once.
    expect(im.taken.map((signal) => JSON.parse(signal.data).seq).sort((a, b) => a - b)).toEqual([...stored].sort((a, b) => a - b));
    expect(await stateOf(one.core)).toMatchObject({ state: { seq: Math.max(...stored) } });
    await one.stop();
    await two.stop();
  });

  it('opens again after a process was killed holding the write lock, and what it had not committed is gone', async () => {
    const { publisher } = anIm();
    const first = aServer(file, publisher);
    await first.core.command({ classId: CLASS.classId, senderId: 't1', body: { type: 'muteChat', on: true } });
    await first.stop();
    await first.store.close();
    const crashed = spawnSync(process.execPath, ['scripts/run-ts.js', 'test/server/support/crashWhileLocked.ts', file], {
      encoding: 'utf8',
    });
    expect(crashed.signal).toBe('SIGKILL');
    expect(crashed.stdout).toContain('locked');
    expect(fs.existsSync(`${file}.lock`)).toBe(true);
    const next = aServer(file, publisher);
    expect(await stateOf(next.core)).toMatchObject({ rev: 1, state: { chatMuted: true } });
    expect(await next.core.command({ classId: CLASS.classId, senderId: 't1', body: { type: 'muteChat', on: false } })).toMatchObject({
      ok: true,
      seq: 2,
    });
    await next.stop();
    await next.store.close();
  });
});
