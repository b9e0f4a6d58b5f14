import { aLesson } from '../support/lessonHarness';

describe('what fills the main view', () => {
  it('shows a placeholder before the teacher shows anything', async () => {
    const lesson = aLesson();
    await lesson.join();
    expect(lesson.view()).toMatchObject({ main: 'none', teacherPip: false });
  });

  it('shows the teacher camera, then the board with the teacher small in the corner', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.camera(true).mic(true);
    expect(lesson.view()).toMatchObject({ main: 'teacher', teacherPip: false });
    lesson.teacher.board(true);
    expect(lesson.view()).toMatchObject({ main: 'board', teacherPip: true });
    lesson.teacher.board(false);
    expect(lesson.view()).toMatchObject({ main: 'teacher', teacherPip: false });
  });

  it('shows the avatar when the teacher has audio only', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.mic(true);
    expect(lesson.view().main).toBe('teacher-avatar');
  });

  it('shows the board alone when the teacher has no camera', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.board(true);
    expect(lesson.view()).toMatchObject({ main: 'board', teacherPip: false });
  });

  it('finds the board already on when I join late', async () => {
    const lesson = aLesson();
    lesson.teacher.camera(true).board(true, 3);
    await lesson.join();
    expect(lesson.view()).toMatchObject({ status: 'live', main: 'board', teacherPip: true });
    expect(lesson.classroom().board.page).toBe(3);
  });

  it('plays the teacher with sound and picture', async () => {
    const lesson = aLesson();
    await lesson.join();
    lesson.teacher.camera(true).mic(true);
    expect(lesson.media.playing).toContainEqual({ userId: 't1', source: 'camera', video: true, audio: true });
  });
});
