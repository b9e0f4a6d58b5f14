import fc from 'fast-check';
import { ClassState } from '../../../domain/classroom/ClassState';
import { TeacherCommand } from '../../../domain/classroom/TeacherCommand';
import { labelsFor } from '../../../domain/interactions/choices';
import { StudentView } from '../../../application/view/StudentView';
import { ME } from '../../support/lessonHarness';

/** The class tools' commands, weighted for a lesson: two question ids and two check-in ids, so repeats and closes meet. */
export function toolCommands(student: fc.Arbitrary<string>) {
  const questionId = fc.constantFrom('q1', 'q2');
  return [
    {
      arbitrary: fc.record({
        type: fc.constant('invite' as const),
        to: fc.oneof(fc.constant(ME), student),
        mic: fc.boolean(),
        camera: fc.boolean(),
        seconds: fc.constantFrom(5, 30, 120),
      }),
      weight: 2,
    },
    {
      arbitrary: fc.record({
        type: fc.constant('question' as const),
        id: questionId,
        options: fc.constantFrom(['A', 'B'], ['对', '错', '不确定', 'D']),
        multiple: fc.boolean(),
        seconds: fc.constantFrom(null, 5, 600),
      }),
      weight: 2,
    },
    {
      arbitrary: fc.record({
        type: fc.constant('closeQuestion' as const),
        id: questionId,
        correct: fc.constantFrom(null, ['A' as const], ['B' as const], ['A' as const, 'B' as const]),
        counts: fc.constantFrom([1, 2], [0, 0, 3, 1], [2]),
      }),
      weight: 2,
    },
    {
      arbitrary: fc.record({ type: fc.constant('checkIn' as const), id: fc.constantFrom('c1', 'c2'), seconds: fc.constantFrom(10, 600) }),
      weight: 1,
    },
    { arbitrary: fc.record({ type: fc.constant('reward' as const), to: fc.oneof(fc.constant(ME), student) }), weight: 2 },
  ] satisfies { arbitrary: fc.Arbitrary<TeacherCommand>; weight: number }[];
}

/** Timed cards within this of their end may differ by a delivery's few ms: not compared. */
const NEAR_THE_END_MS = 2_000;

const near = (endsAt: number | null, now: number) => endsAt !== null && Math.abs(endsAt - now) < NEAR_THE_END_MS;

const secondsOff = (shown: number | null, endsAt: number | null, now: number) =>
  shown !== null && endsAt !== null && Math.abs(shown - Math.ceil((endsAt - now) / 1000)) > 1;

/** Where the cards the student sees differ from the class tools the staff hold, in words; undefined when they agree. */
export function toolDisagreement(view: StudentView, staff: ClassState, now: number): string | undefined {
  const invited = staff.invitations.find((entry) => entry.to === ME && entry.endsAt > now);
  if (!near(invited?.endsAt ?? null, now)) {
    if (!!invited !== !!view.invitation) return `invitation ${JSON.stringify(view.invitation)}, the staff have ${JSON.stringify(invited)}`;
    if (invited && view.invitation && (invited.mic !== view.invitation.mic || secondsOff(view.invitation.secondsLeft, invited.endsAt, now)))
      return `invitation ${JSON.stringify(view.invitation)}, the staff have ${JSON.stringify(invited)}`;
  }
  const asked = staff.question;
  if ((asked?.id ?? null) !== (view.question?.id ?? null)) return `question ${view.question?.id}, the staff have ${asked?.id}`;
  if (asked && view.question && !near(asked.endsAt, now)) {
    const open = !asked.results && (asked.endsAt === null || now < asked.endsAt);
    if ((view.question.state === 'open') !== open) return `question ${view.question.state}, the staff have it ${open ? 'open' : 'closed'}`;
    const counts =
      asked.results && Object.fromEntries(labelsFor(asked.options.length).map((label, i) => [label, asked.results?.counts[i]]));
    if (JSON.stringify(view.question.counts) !== JSON.stringify(counts)) return `counts ${JSON.stringify(view.question.counts)}`;
    if (JSON.stringify(view.question.correct) !== JSON.stringify(asked.results?.correct ?? null)) return 'a different correct answer';
    if (open && secondsOff(view.question.secondsLeft, asked.endsAt, now)) return `question seconds ${view.question.secondsLeft}`;
  }
  const check = staff.checkIn;
  if ((check?.id ?? null) !== (view.checkIn?.id ?? null)) return `check-in ${view.checkIn?.id}, the staff have ${check?.id}`;
  if (check && view.checkIn && !near(check.endsAt, now)) {
    if ((view.checkIn.state === 'closed') !== now >= check.endsAt) return `check-in ${view.checkIn.state} at ${now}, ends ${check.endsAt}`;
    if (secondsOff(view.checkIn.secondsLeft, check.endsAt, now))
      return `check-in seconds ${view.checkIn.secondsLeft} at ${now}, the staff end it at ${check.endsAt}`;
  }
  const rewards = staff.rewards.find((entry) => entry.userId === ME)?.count ?? 0;
  if (view.rewards !== rewards) return `rewards ${view.rewards}, the staff have ${rewards}`;
  return undefined;
}
