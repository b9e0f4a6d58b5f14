/**
 * `npm run bench:tally`: how many answers a second the school server takes for one question in a
 * class of 10,000, each judged against the stored state and kept per student, resends included
 * (every student answers, then half change their mind), and what the staff's tally then reads.
 * In-process, over the memory store: the cost of the use case itself, not of HTTP or the network.
 */
import { InMemorySchoolServer } from '../../server/infrastructure/memory/InMemorySchoolServer';
import { SystemClock } from '../../infrastructure/shared/SystemClock';

const STUDENTS = 10_000;
const CLASS = {
  classId: 'bench-tally',
  teacherId: 't1',
  assistantIds: [],
  stageCapacity: 6,
  signalGroupId: 'bench-tally-signal',
  chatGroupId: 'bench-tally-chat',
  roomId: 'bench-tally-room',
};

async function main(): Promise<void> {
  const school = new InMemorySchoolServer({
    directory: { find: (id) => (id === CLASS.classId ? CLASS : undefined) },
    deliver: () => undefined,
    clock: new SystemClock(),
  });
  await school.command(CLASS.classId, 't1', { type: 'question', id: 'q1', options: ['A', 'B', 'C', 'D'], multiple: false, seconds: 600 });
  const answers = [...Array(STUDENTS).keys()].map((i) => ({ userId: `s${i}`, choice: 'ABCD'[i % 4] }));
  const resends = answers.filter((_, i) => i % 2 === 0).map(({ userId }) => ({ userId, choice: 'A' }));
  const started = process.hrtime.bigint();
  for (const { userId, choice } of [...answers, ...resends]) {
    const outcome = await school.reply(CLASS.classId, userId, { kind: 'answer', questionId: 'q1', choices: [choice] });
    if (!outcome.ok) throw new Error(`an answer was refused: ${outcome.code}`);
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const tallyStarted = process.hrtime.bigint();
  const tally = school.replies.tally(CLASS.classId, 'q1', 4);
  const tallyMs = Number(process.hrtime.bigint() - tallyStarted) / 1e6;
  const taken = answers.length + resends.length;
  console.log(`answers taken: ${taken} from ${STUDENTS} students in ${ms.toFixed(0)} ms: ${Math.round(taken / (ms / 1000))} answers/s`);
  console.log(`tally: ${JSON.stringify(tally)} in ${tallyMs.toFixed(1)} ms (each student once, the latest answer)`);
}

void main();
