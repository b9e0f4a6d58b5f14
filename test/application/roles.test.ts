import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { aLesson, ME } from '../support/lessonHarness';

describe('who may run the lesson', () => {
  it('takes a grant from the teacher', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: false });
    await lesson.settle();
    expect(lesson.view().me).toMatchObject({ onStage: true, mic: 'on', camera: 'not-allowed' });
  });

  it('takes commands from an assistant', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.assistant.command({ type: 'muteChat', on: true });
    await lesson.settle();
    expect(lesson.view().chatMuted).toBe(true);
  });

  it('ignores every command a classmate sends, whatever it claims', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.camera(true);
    lesson.teacher.command({ type: 'grant', to: ME, mic: true, camera: true });
    await lesson.settle();
    const sneaky = lesson.classmate('s2');
    await lesson.settle();
    const before = lesson.view();
    const published = lesson.media.published;
    const commands: TeacherCommand[] = [
      { type: 'revoke', to: ME },
      { type: 'muteAll' },
      { type: 'muteChat', on: true },
      { type: 'kick', to: ME },
      { type: 'grant', to: 's2', mic: true, camera: true },
      { type: 'endClass' },
      // A payload that names the teacher as its author is still sent by the classmate.
      { type: 'endClass', sender: 't1', role: 'teacher' } as unknown as TeacherCommand,
    ];
    for (const command of commands) sneaky.command(command);
    await lesson.settle();
    expect(lesson.view()).toEqual(before);
    expect(lesson.media.published).toEqual(published);
    // Refused by the classroom, judged by the service-stamped sender; logged once per kind.
    expect(lesson.logger.entries.filter((entry) => entry.event === 'input.dropped')).toEqual([
      { level: 'warn', event: 'input.dropped', detail: { kind: 'signal-not-staff' } },
    ]);
    // A classmate's guessed number does not move the class's sequence either.
    expect(lesson.app.session.classroom.sequence).toBe(1);
  });

  it('does not let a classmate put anyone on stage', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.classmate('s2').command({ type: 'grant', to: 's3', mic: true, camera: true });
    await lesson.settle();
    expect(lesson.view().coHosts).toEqual([]);
  });
});
