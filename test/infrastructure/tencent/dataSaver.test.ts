import { aTencentLesson } from './support/tencentLesson';
import { audio, userJoined, video } from './support/trtcCodes';

/** The data saver on trtc-wx-sdk: what the plan leaves out, the SDK's players stop receiving (muteVideo). */
describe('the data saver on the Tencent media room', () => {
  let lesson: ReturnType<typeof aTencentLesson>;
  beforeEach(() => (lesson = aTencentLesson()));
  afterEach(() => lesson.uninstall());
  const players = () =>
    lesson.page
      .players()
      .map(({ id, muteVideo, muteAudio }) => `${id} ${muteVideo ? 'no video' : 'video'} ${muteAudio ? 'no audio' : 'audio'}`);

  it("mutes the video of classmates under 只看老师, and of the teacher's camera under 仅音频, while the board keeps playing", async () => {
    await lesson.join();
    lesson.teacherOnCamera();
    lesson.pusher(video('t1', true, 'aux'));
    lesson.command('t1', { type: 'grant', to: 's2', mic: true, camera: true });
    await lesson.clock.advance(0);
    for (const code of [userJoined('s2'), video('s2', true), audio('s2', true)]) lesson.pusher(code);
    expect(players()).toEqual(['t1_main video audio', 't1_aux video audio', 's2_main video audio']);
    lesson.app.chooseDataSaver.execute('teacher-only');
    expect(players()).toEqual(['t1_main video audio', 't1_aux video audio', 's2_main no video audio']);
    lesson.app.chooseDataSaver.execute('audio-only');
    expect(players()).toEqual(['t1_main no video audio', 't1_aux video audio', 's2_main no video audio']);
    expect(lesson.view()).toMatchObject({ main: 'board', teacherPip: false });
  });
});
