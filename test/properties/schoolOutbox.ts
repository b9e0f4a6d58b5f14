import fc from 'fast-check';
import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { GroupSignal } from '../../server/application/ports/SignalPublisher';
import { dedupeKeyOf } from '../../server/application/PublishChanges';
import { directoryOf } from '../../server/infrastructure/memory/classEntryOf';
import { InMemorySchoolServer } from '../../server/infrastructure/memory/InMemorySchoolServer';

const CLASSES = ['c1', 'c2'];
const classInfo = (classId: string) => ({
  classId,
  title: classId,
  teacher: { userId: 't1', name: '王老师' },
  assistants: [{ userId: 'a1', name: '李助教' }],
  stageCapacity: 3,
  roomId: `room-${classId}`,
  chatGroupId: `${classId}-chat`,
  signalGroupId: `${classId}-signal`,
});

type Step =
  | { kind: 'command'; classId: string; by: string; command: TeacherCommand; requestId: string; twice: boolean }
  | { kind: 'hand'; classId: string; by: string; raised: boolean }
  | { kind: 'restart' }
  | { kind: 'im'; up: boolean }
  | { kind: 'storeFails'; count: number }
  | { kind: 'wait'; ms: number };

const who = fc.constantFrom('s1', 's2', 's3', 's4');
const command: fc.Arbitrary<TeacherCommand> = fc.oneof(
  fc.record({ type: fc.constant('grant' as const), to: who, mic: fc.boolean(), camera: fc.boolean() }),
  fc.record({ type: fc.constant('revoke' as const), to: who }),
  fc.record({ type: fc.constant('muteChat' as const), on: fc.boolean() }),
  fc.record({ type: fc.constant('kick' as const), to: who }),
  fc.constant({ type: 'muteAll' as const }),
);
const classId = fc.constantFrom(...CLASSES);
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('command' as const),
      classId,
      by: fc.constantFrom('t1', 'a1', 's1'),
      command,
      requestId: fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5', 'r6'),
      twice: fc.boolean(),
    }),
    weight: 6,
  },
  { arbitrary: fc.record({ kind: fc.constant('hand' as const), classId, by: who, raised: fc.boolean() }), weight: 4 },
  { arbitrary: fc.constant({ kind: 'restart' as const }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('im' as const), up: fc.boolean() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('storeFails' as const), count: fc.integer({ min: 1, max: 2 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('wait' as const), ms: fc.constantFrom(0, 100, 600, 3_000) }), weight: 2 },
);

/** Server time that moves only when the test says so; a wait ends once time has passed it. */
function aServerClock() {
  let now = 0;
  const waits: { at: number; resolve: () => void }[] = [];
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return {
    now: () => now,
    delay: (ms: number) => new Promise<void>((resolve) => waits.push({ at: now + ms, resolve })),
    async advance(ms: number) {
      now += ms;
      for (const wait of waits.splice(0).filter((entry) => (entry.at <= now ? (entry.resolve(), false) : true))) waits.push(wait);
      await settle();
    },
  };
}

/**
 * The school server under restarts, IM outages, store failures and resent requests: once all is
 * up and quiet, each class's signalling group got every stored change exactly once and in number
 * order, and every command the staff were told was stored is in the store under the number they
 * were given.
 */
export const schoolOutboxProperty = fc.asyncProperty(fc.array(step, { maxLength: 30 }), async (steps) => {
  const clock = aServerClock();
  const delivered: GroupSignal[] = [];
  const school = new InMemorySchoolServer({
    directory: directoryOf(CLASSES.map(classInfo)),
    clock,
    deliver: (signal) => delivered.push(signal),
  });
  const acknowledged: { classId: string; senderId: string; rev: number; requestId: string }[] = [];
  for (const entry of steps) {
    if (entry.kind === 'command') {
      const sends = entry.twice ? 2 : 1;
      for (let i = 0; i < sends; i++) {
        const outcome = await school.command(entry.classId, entry.by, entry.command, entry.requestId);
        if (outcome.ok) acknowledged.push({ classId: entry.classId, senderId: entry.by, rev: outcome.rev, requestId: entry.requestId });
      }
    } else if (entry.kind === 'hand') await school.hand(entry.classId, entry.by, entry.raised);
    else if (entry.kind === 'restart') void school.restart();
    else if (entry.kind === 'im') school.imUp = entry.up;
    else if (entry.kind === 'storeFails') school.store.failNextCommits(entry.count);
    else await clock.advance(entry.ms);
  }
  school.imUp = true;
  school.store.failNextCommits(0);
  void school.flush();
  for (let i = 0; i < 20; i++) await clock.advance(10_000);
  await school.idle();
  for (const id of CLASSES) {
    const stored = school.store.changesOf(id).map((change) => change.rev);
    const sent = delivered.filter((signal) => signal.groupId === `${id}-signal`).map((signal) => signal.dedupeKey);
    const expected = school.store.changesOf(id).map((change) => dedupeKeyOf(change));
    if (sent.join() !== expected.join()) throw new Error(`${id}: IM got [${sent}] for the stored revs [${stored}]`);
  }
  for (const ack of acknowledged) {
    const change = school.store.changesOf(ack.classId).find((stored) => stored.rev === ack.rev);
    if (!change || change.senderId !== ack.senderId || change.requestId !== ack.requestId)
      throw new Error(`the acknowledged ${JSON.stringify(ack)} is not stored as it was acknowledged`);
  }
});
