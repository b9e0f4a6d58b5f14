import fc from 'fast-check';
import { aLesson, ME } from '../support/lessonHarness';
import { brokenInvariant } from './classroomInvariants';

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
  ),
  advanceMs: fc.constantFrom(0, 10, 500),
});

/**
 * The whole app on the in-memory services, fed arbitrary payloads on both channels: no handler
 * throws, the invariants hold, and classmates' payloads never change what the teacher controls.
 */
export const lessonPayloadProperty = fc.asyncProperty(fc.array(wirePayload, { minLength: 1, maxLength: 12 }), async (payloads) => {
  const lesson = aLesson();
  await lesson.join();
  lesson.teacher.camera(true);
  for (const { sender, channel, payload, advanceMs } of payloads) {
    const actor = sender.startsWith('s') ? lesson.classmate(sender) : sender === 't1' ? lesson.teacher : lesson.assistant;
    const before = sender.startsWith('s')
      ? JSON.stringify({ stage: lesson.view().me, status: lesson.view().status, muted: lesson.view().chatMuted })
      : undefined;
    actor.raw(channel, payload);
    await lesson.clock.advance(advanceMs);
    if (
      before !== undefined &&
      before !== JSON.stringify({ stage: lesson.view().me, status: lesson.view().status, muted: lesson.view().chatMuted })
    ) {
      throw new Error(`${sender}'s ${channel} payload changed the lesson: ${payload}`);
    }
  }
  const failed = lesson.logger.entries.filter((entry) => entry.level === 'error');
  if (failed.length > 0) throw new Error(`logged errors: ${JSON.stringify(failed)}`);
  const broken = brokenInvariant(lesson.classroom());
  if (broken) throw new Error(broken);
});
