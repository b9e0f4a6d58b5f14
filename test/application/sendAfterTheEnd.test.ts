import { LessonStore } from '../../miniprogram/viewmodels/LessonStore';
import { aLesson, ME } from '../support/lessonHarness';

/** A picture still uploading when the lesson ends for the student: nothing is left to retry. */
describe('a picture that fails because the lesson ended', () => {
  it.each([
    ['removed', { type: 'kick' as const, to: ME }],
    ['ended', { type: 'endClass' as const }],
  ])('offers no retry on the %s screen', async (_, command) => {
    const lesson = aLesson({ callDelayMs: 50 });
    const store = new LessonStore(lesson.app, { clock: lesson.clock });
    const joining = lesson.join();
    await lesson.clock.advance(2_000);
    await joining;
    const sending = store.sendImage({ path: 'wxfile://tmp/board.png', size: 1_000 });
    await lesson.clock.advance(60);
    lesson.teacher.command(command);
    await lesson.clock.advance(2_000);
    await sending;
    expect(lesson.view().status).toBe(command.type === 'kick' ? 'kicked' : 'ended');
    expect(store.errorText).toBe('');
    store.dispose();
  });
});
