import { failureText, NOTICE_TEXT } from '../../../miniprogram/viewmodels/studentText';
import { aTencentLesson, CLASS } from './support/tencentLesson';
import { LIVE_SCENE_ANCHORS } from './support/StandInTrtcRoom';
import { pusherCode, video } from './support/trtcCodes';
import { settle } from '../../../infrastructure/local/ManualClock';

/** What the real TRTC room and <live-pusher> do that a room of a few never shows (docs/tencent-adapters.md). */
describe('the media room on the real service', () => {
  let lesson: ReturnType<typeof aTencentLesson>;
  afterEach(() => lesson.uninstall());

  it('lets the 51st student of a big class into the live room (unlimited-anchor mode, as Tencent’s wrapper enters)', async () => {
    lesson = aTencentLesson({ anchorsInRoom: LIVE_SCENE_ANCHORS });
    await expect(lesson.join()).resolves.toEqual({ ok: true, value: undefined });
    expect(String(lesson.page.pusher().url)).toContain('&recvmode=2&enableinfiniteanchor=1&');
  });

  it('leaves a small videocall room as the SDK builds it', async () => {
    lesson = aTencentLesson({ classInfo: { trtcScene: 'videocall' }, anchorsInRoom: LIVE_SCENE_ANCHORS });
    await lesson.join();
    expect(String(lesson.page.pusher().url)).toContain('&recvmode=1&enableinfiniteanchor=0&');
  });

  it('asks the native pusher to mute itself in the background, whatever the page data does while hidden', async () => {
    lesson = aTencentLesson();
    await lesson.join();
    expect(lesson.page.pusher()).toMatchObject({ enableBackgroundMute: true });
  });

  it('keeps the sound of the board the teacher shares (Android plays the share’s audio on the aux player)', async () => {
    lesson = aTencentLesson();
    await lesson.join();
    lesson.teacherOnCamera();
    lesson.pusher(video('t1', true, 'aux'));
    const aux = lesson.page.players().find((player) => player.id === 't1_aux');
    expect(aux).toMatchObject({ muteVideo: false, muteAudio: false });
  });

  describe('a camera or microphone that fails on stage', () => {
    async function onStage() {
      lesson = aTencentLesson();
      await lesson.join();
      lesson.teacherOnCamera();
      lesson.command('t1', { type: 'grant', to: 's1', mic: true, camera: true });
      await lesson.clock.advance(0);
      await settle();
      expect(lesson.view().me).toMatchObject({ mic: 'on', camera: 'on' });
    }

    it('says the camera could not open, switches it off, and keeps the microphone on', async () => {
      await onStage();
      lesson.pusher(pusherCode(-1301, 'open camera failed'));
      expect(lesson.view()).toMatchObject({ notice: 'CAMERA_FAILED', me: { camera: 'off', mic: 'on' } });
      expect(NOTICE_TEXT.CAMERA_FAILED).toBe('摄像头打不开，已关闭，请检查后重试');
      expect(lesson.page.pusher()).toMatchObject({ enableCamera: false, enableMic: true });
    });

    it('names the microphone when the phone refuses it (binderror 10002)', async () => {
      await onStage();
      lesson.mediaErrors({ errCode: 10002, errMsg: 'user denied record' });
      expect(lesson.view()).toMatchObject({ notice: 'MIC_DENIED', me: { mic: 'off', camera: 'on' } });
      expect(NOTICE_TEXT.MIC_DENIED).toBe(failureText('DEVICE.MIC_DENIED'));
    });
  });

  it('leaves the room when the mini-program is suspended (5000) and enters it again', async () => {
    lesson = aTencentLesson();
    await lesson.join();
    lesson.teacherOnCamera();
    lesson.pusher(pusherCode(5000, 'miniApp is hang'));
    expect(lesson.view().status).toBe('reconnecting');
    await lesson.clock.advance(1_000);
    expect(lesson.liveContexts.pusher).toMatchObject({ started: 2, stopped: 1 });
    expect(lesson.tim().joined.has(CLASS.chatGroupId)).toBe(true);
  });

  it('logs the pusher codes it does not act on, with their message', async () => {
    lesson = aTencentLesson();
    await lesson.join();
    for (const code of [1022, 3002, 4998, 4999]) lesson.pusher(pusherCode(code, `code ${code}`));
    lesson.pusher(pusherCode(1031, JSON.stringify({ userlist: [] })));
    const logged = lesson.logger.entries.filter((entry) => entry.event === 'media.pusher_code').map((entry) => entry.detail?.code);
    expect(logged).toEqual([1022, 3002, 4998, 4999]);
  });
});
