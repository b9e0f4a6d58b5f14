import fc from 'fast-check';
import { aLesson, ME } from '../support/lessonHarness';
import { brokenInvariant } from './classroomInvariants';
import { StudentView } from '../../application/view/StudentView';

/** What a hostile or broken client can put on the wire: raw chat texts and raw signalling bodies. */
const wirePayload = fc.record({
  sender: fc.constantFrom('t1', 'a1', 's2', 's3'),
  channel: fc.constantFrom('chat' as const, 'signal' as const),
  payload: fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.json({ maxDepth: 2 }),
    fc.constantFrom('grant', 'revoke', 'kick', 'endClass', 'muteChat', 'hand').chain((type) =>
      fc
        .record({
          v: fc.constantFrom(1, 2, '1'),
          type: fc.constant(type),
          to: fc.constantFrom(ME, 's2', '', 42),
          mic: fc.boolean(),
          camera: fc.oneof(fc.boolean(), fc.string()),
          on: fc.boolean(),
          raised: fc.boolean(),
        })
        .map((body) => JSON.stringify(body)),
    ),
    // The class tools at v3 with a guessed number: well-formed, misfit (9 options, a long option, counts of another length, a forged tally) or wrongly typed.
    fc.constantFrom('invite', 'question', 'closeQuestion', 'checkIn', 'reward').chain((type) =>
      fc
        .record({
          v: fc.constant(3),
          seq: fc.integer({ min: 1, max: 6 }),
          type: fc.constant(type),
          to: fc.constantFrom(ME, 's2', '', 42),
          mic: fc.boolean(),
          camera: fc.boolean(),
          id: fc.constantFrom('q1', 'c1', '', 'x'.repeat(65), 7),
          options: fc.constantFrom(['A', 'B'], ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'], ['A', 'x'.repeat(41)], 'AB'),
          seconds: fc.constantFrom(30, 60, 601, -1, null, '30'),
          correct: fc.constantFrom(null, ['A'], ['Z'], 'A'),
          counts: fc.constantFrom([1, 2], [1, 2, 3], [-1, 2], [100_001, 0]),
          msLeft: fc.constantFrom(undefined, 1_000, 10_000_000),
        })
        .map((body) => JSON.stringify(body)),
    ),
  ),
  advanceMs: fc.constantFrom(0, 10, 500),
});

/** Past the class state's read retries (1, 2, 4, 8 s) and its held commands' wait. */
const STAFF_SETTLES_MS = 40_000;

/** What only the staff may change, in words; the cards' seconds go on by themselves and are left out. */
function controlled(view: StudentView): string {
  const { me, status, chatMuted, question, invitation, checkIn, rewards } = view;
  const card = question && { id: question.id, correct: question.correct, counts: question.counts };
  return JSON.stringify({ me, status, chatMuted, card, invited: !!invitation, checkIn: checkIn?.id, rewards });
}

/**
 * The whole app on the in-memory services, fed arbitrary payloads on both channels: no handler
 * throws, the invariants hold, and classmates' payloads never change what the teacher controls.
 */
export const lessonPayloadProperty = fc.asyncProperty(fc.array(wirePayload, { minLength: 1, maxLength: 12 }), async (payloads) => {
  const lesson = aLesson();
  await lesson.join();
  lesson.teacher.camera(true);
  let staffSpoke = false;
  for (const { sender, channel, payload, advanceMs } of payloads) {
    const actor = sender.startsWith('s') ? lesson.classmate(sender) : sender === 't1' ? lesson.teacher : lesson.assistant;
    // A staff command may rightly take effect later (one past a gap waits for the stored state's
    // read and its retries): let that settle first, so that what follows is the classmate's doing alone.
    if (sender.startsWith('s') && staffSpoke) await lesson.clock.advance(STAFF_SETTLES_MS);
    staffSpoke = !sender.startsWith('s');
    const before = sender.startsWith('s') ? controlled(lesson.view()) : undefined;
    actor.raw(channel, payload);
    await lesson.clock.advance(advanceMs);
    if (before !== undefined && before !== controlled(lesson.view())) {
      throw new Error(`${sender}'s ${channel} payload changed the lesson: ${payload}`);
    }
  }
  const failed = lesson.logger.entries.filter((entry) => entry.level === 'error');
  if (failed.length > 0) throw new Error(`logged errors: ${JSON.stringify(failed)}`);
  const broken = brokenInvariant(lesson.classroom());
  if (broken) throw new Error(broken);
});
