import { StudentView } from '../../application/view/StudentView';
import { Classroom } from '../../domain/classroom/Classroom';
import { ClassState } from '../../domain/classroom/ClassState';
import { LocalClassroomHub } from '../../infrastructure/local/LocalClassroomHub';
import { InMemorySchoolServer } from '../../server/infrastructure/memory/InMemorySchoolServer';
import { ManualClock } from '../../infrastructure/local/ManualClock';
import { aLesson, ME } from '../support/lessonHarness';
import { aTencentLesson } from '../infrastructure/tencent/support/tencentLesson';
import { commandedState, crowdSteps, CrowdStep, GroupFieldStore } from './support/bigClass';

// Real sockets, a child process or a big class: generous margins on a loaded machine, never a timed check.
jest.setTimeout(30_000);

async function play(school: InMemorySchoolServer, classId: string, steps: readonly CrowdStep[], teacher: string) {
  for (const step of steps) {
    if (step.kind === 'command') await school.command(classId, teacher, step.command);
    else await school.hand(classId, step.userId, true);
  }
  await school.idle();
}

interface Seen {
  status: string;
  stage: string[];
  chatMuted: boolean;
  queuePosition: number | null;
}

/** What the student's app shows of the class, in the terms the check compares. */
function seenIn(view: StudentView, classroom: Classroom): Seen {
  const stage = classroom.stage.members.map((member) => `${member.userId}:${member.permission.mic}/${member.permission.camera}`);
  return { status: view.status, stage, chatMuted: view.chatMuted, queuePosition: view.me.queuePosition };
}

/** Where the student's app and the commanded class disagree, in words; undefined when they agree. */
function disagreement(seen: Seen, commanded: ClassState, me: string): string | undefined {
  const stage = commanded.stage.map((seat) => `${seat.userId}:${seat.mic}/${seat.camera}`);
  if (seen.status !== 'live' && seen.status !== 'waiting') return `status ${seen.status}`;
  if (seen.stage.length !== stage.length || seen.stage.join() !== stage.join())
    return `${seen.stage.length} seats, the staff commanded ${stage.length}`;
  const place = commanded.hands.indexOf(me);
  if (seen.queuePosition !== (place < 0 ? null : place + 1)) return `hand place ${seen.queuePosition}, the staff commanded ${place + 1}`;
  if (seen.chatMuted !== commanded.chatMuted) return 'chat muted differs';
  return undefined;
}

function localFamily(store?: GroupFieldStore) {
  const lesson = aLesson({ hub: new LocalClassroomHub(new ManualClock(1_000), store), classInfo: { stageCapacity: 64 } });
  lesson.teacher.camera(true);
  return {
    school: lesson.hub.school,
    classId: lesson.info.classId,
    me: ME,
    join: async () => {
      const joining = lesson.app.joinLesson.execute(lesson.info.classId);
      await lesson.clock.advance(10_000);
      const joined = await joining;
      if (!joined.ok) throw new Error(`the join failed: ${JSON.stringify(joined)}`);
    },
    away: (away: boolean) => lesson.hub.im.setOnline(ME, !away),
    settle: () => lesson.clock.advance(60_000),
    seen: () => seenIn(lesson.view(), lesson.classroom()),
  };
}

function tencentFamily() {
  const lesson = aTencentLesson({ classInfo: { stageCapacity: 64 } });
  let missing = false;
  return {
    school: lesson.school,
    classId: 'math-101',
    me: 's1',
    join: async () => {
      await lesson.join();
      lesson.teacherOnCamera();
    },
    // Away: the commands sent meanwhile never reach the phone; only the stored state has them.
    away: (away: boolean) => {
      missing = away;
      lesson.setMissing(away);
    },
    settle: async () => {
      if (!missing) lesson.command('t1', { type: 'muteChat', on: false });
      await lesson.clock.advance(60_000);
    },
    seen: () => seenIn(lesson.view(), lesson.app.session.classroom),
    uninstall: lesson.uninstall,
  };
}

type Family = ReturnType<typeof localFamily> & { uninstall?: () => void };

const FAMILIES: [string, () => Family][] = [
  ['in-memory', () => localFamily() as Family],
  ['Tencent', () => tencentFamily() as Family],
];

describe('the largest class (64 seats, 500 hands, 500 removed, 128-character ids) converges', () => {
  it.each(FAMILIES)('for a student who joins late (%s family)', async (_, make) => {
    const family = make();
    try {
      const steps = crowdSteps(family.me, { handPlace: 250 });
      await play(family.school, family.classId, steps, 't1');
      await family.join();
      await family.settle();
      const commanded = commandedState(steps, ['t1', 'a1'], 64);
      expect([commanded.stage.length, commanded.hands.length, commanded.removed.length]).toEqual([64, 500, 500]);
      expect(disagreement(family.seen(), commanded, family.me)).toBeUndefined();
    } finally {
      family.uninstall?.();
    }
  });

  it.each(FAMILIES)('for a student who was away while it filled, and was given a seat meanwhile (%s family)', async (_, make) => {
    const family = make();
    try {
      await family.join();
      family.away(true);
      const steps = crowdSteps(family.me, { seat: true });
      await play(family.school, family.classId, steps, 't1');
      family.away(false);
      await family.settle();
      expect(disagreement(family.seen(), commandedState(steps, ['t1', 'a1'], 64), family.me)).toBeUndefined();
    } finally {
      family.uninstall?.();
    }
  });

  it('and the same check fails on a version that keeps the state in the 512-byte group field', async () => {
    const family = localFamily(new GroupFieldStore());
    const steps = crowdSteps(family.me, { handPlace: 250 });
    await play(family.school, family.classId, steps, 't1');
    await family.join();
    await family.settle();
    expect(disagreement(family.seen(), commandedState(steps, ['t1', 'a1'], 64), family.me)).toMatch(/seats|hand place/);
  });
});
