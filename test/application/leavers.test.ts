import { LEAVER_GRACE_MS } from '../../server/application/RemoveLeavers';
import { aLesson, Lesson, ME } from '../support/lessonHarness';

/**
 * A classmate who leaves the class gives up their place in the hand queue and their seat on
 * stage, for every student, once gone longer than a blip (the school server hears IM's
 * member-exit callback); one who is back within the grace keeps both.
 */
/** s3 on stage and s2 first in the queue, before the student comes. */
async function classUnderWay(): Promise<Lesson> {
  const lesson = aLesson();
  lesson.teacher.camera(true);
  lesson.teacher.command({ type: 'grant', to: 's3', mic: true, camera: false });
  lesson.classmate('s3');
  lesson.classmate('s2').hand(true);
  await lesson.settle();
  return lesson;
}

async function classWithQueueAndStage(): Promise<Lesson> {
  const lesson = await classUnderWay();
  await lesson.join();
  await lesson.app.raiseHand.execute();
  await lesson.settle();
  return lesson;
}

describe('a classmate who leaves', () => {
  it('leaves the queue ahead of me and the co-host strip once gone longer than the grace', async () => {
    const lesson = await classWithQueueAndStage();
    expect(lesson.view().me.queuePosition).toBe(2);
    expect(lesson.view().coHosts).toEqual(['s3']);
    lesson.hub.actor('s2').leave();
    lesson.hub.actor('s3').leave();
    await lesson.clock.advance(LEAVER_GRACE_MS - 1_000);
    expect(lesson.view().me.queuePosition).toBe(2);
    await lesson.clock.advance(2_000);
    await lesson.settle();
    expect(lesson.view().me.queuePosition).toBe(1);
    expect(lesson.view().coHosts).toEqual([]);
  });

  it('who blips for a second keeps their place and their seat', async () => {
    const lesson = await classWithQueueAndStage();
    lesson.hub.actor('s2').leave();
    lesson.hub.actor('s3').leave();
    await lesson.clock.advance(1_000);
    lesson.hub.actor('s2').join();
    lesson.hub.actor('s3').join();
    await lesson.clock.advance(LEAVER_GRACE_MS * 2);
    await lesson.settle();
    expect(lesson.view().me.queuePosition).toBe(2);
    expect(lesson.view().coHosts).toEqual(['s3']);
  });

  it('is gone for me too when my messaging was down as they left', async () => {
    const lesson = await classWithQueueAndStage();
    lesson.hub.im.setOnline(ME, false);
    lesson.hub.actor('s2').leave();
    lesson.hub.actor('s3').leave();
    await lesson.clock.advance(LEAVER_GRACE_MS + 5_000);
    lesson.hub.im.setOnline(ME, true);
    await lesson.settle();
    expect(lesson.view()).toMatchObject({ status: 'live', coHosts: [] });
    expect(lesson.view().me.queuePosition).toBe(1);
  });

  it('is not shown to a student who joins after they left', async () => {
    const lesson = await classUnderWay();
    lesson.hub.actor('s2').leave();
    lesson.hub.actor('s3').leave();
    await lesson.clock.advance(LEAVER_GRACE_MS + 1_000);
    await lesson.join();
    await lesson.app.raiseHand.execute();
    await lesson.settle();
    expect(lesson.view().coHosts).toEqual([]);
    expect(lesson.view().me.queuePosition).toBe(1);
  });
});
