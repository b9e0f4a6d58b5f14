import { ConsoleMedia } from '../consoleMedia';
import { StaffLogin } from './staffLogin';
import { WebTrtcSdk } from './webSdks';

/**
 * The teacher's devices on trtc-sdk-v5: the camera and microphone as the main stream, the screen
 * as the sub stream (the board the students' app plays), in the class's room and scene as an
 * anchor (docs/signalling.md, "TRTC scene"). Students on stage play in #remote-views.
 */
export async function trtcMedia(
  TRTC: WebTrtcSdk,
  login: { sdkAppId: number; userId: string; userSig: string; info: StaffLogin['info'] },
): Promise<ConsoleMedia> {
  const trtc = TRTC.create();
  const room =
    /^\d+$/.test(login.info.roomId) && Number(login.info.roomId) < 4294967295
      ? { roomId: Number(login.info.roomId) }
      : { strRoomId: login.info.roomId };
  await trtc.enterRoom({
    sdkAppId: login.sdkAppId,
    userId: login.userId,
    userSig: login.userSig,
    ...room,
    scene: login.info.scene === 'videocall' ? TRTC.TYPE.SCENE_RTC : TRTC.TYPE.SCENE_LIVE,
    role: TRTC.TYPE.ROLE_ANCHOR,
  });
  const remote = document.getElementById('remote-views') as HTMLElement;
  trtc.on(TRTC.EVENT.REMOTE_VIDEO_AVAILABLE, ({ userId, streamType }) => {
    const view = document.createElement('div');
    view.className = 'remote-view';
    view.dataset.user = userId;
    view.dataset.stream = streamType;
    view.title = userId;
    remote.appendChild(view);
    void trtc.startRemoteVideo({ userId, streamType, view });
  });
  trtc.on(TRTC.EVENT.REMOTE_VIDEO_UNAVAILABLE, ({ userId, streamType }) => {
    remote.querySelector(`[data-user="${CSS.escape(userId)}"][data-stream="${CSS.escape(streamType)}"]`)?.remove();
  });
  const device = (start: () => Promise<void>, stop: () => Promise<void>, refused: string) => async (on: boolean) => {
    try {
      await (on ? start() : stop());
    } catch {
      throw new Error(on ? refused : '关闭失败，请重试');
    }
  };
  return {
    camera: device(
      () => trtc.startLocalVideo({ view: 'local-view' }),
      () => trtc.stopLocalVideo(),
      '无法打开摄像头，请在浏览器中允许使用摄像头',
    ),
    mic: device(
      () => trtc.startLocalAudio(),
      () => trtc.stopLocalAudio(),
      '无法打开麦克风，请在浏览器中允许使用麦克风',
    ),
    screen: device(
      () => trtc.startScreenShare(),
      () => trtc.stopScreenShare(),
      '没有共享屏幕：请选择要共享的窗口或屏幕',
    ),
    // TRTC plays the camera into #local-view itself.
    preview: () => null,
  };
}
