import type { ClassInfo } from '../../application/ports/ClassroomBackendPort';
import type { LocalClassroomHub } from '../../infrastructure/local/LocalClassroomHub';
import { ConsoleMedia } from '../consoleMedia';

/**
 * The teacher's camera, microphone and screen in the in-memory family: the browser's own devices
 * (a fake camera in the tests), and what they publish goes into the in-memory room, where the
 * student preview plays it as the teacher's stream and the board.
 */
export function localMedia(hub: LocalClassroomHub, info: ClassInfo, teacherId: string): ConsoleMedia {
  let camera: MediaStream | null = null;
  let mic: MediaStream | null = null;
  let screen: MediaStream | null = null;
  const publish = () => hub.rtc.publish(info.roomId, { userId: teacherId, source: 'camera', hasAudio: !!mic, hasVideo: !!camera });
  /** Stops every track; the device is off (null) after it. */
  const stop = (stream: MediaStream | null): null => {
    stream?.getTracks().forEach((track) => track.stop());
    return null;
  };
  const ask = async (constraints: MediaStreamConstraints) => {
    try {
      return await navigator.mediaDevices.getUserMedia(constraints);
    } catch {
      throw new Error(constraints.video ? '无法打开摄像头，请在浏览器中允许使用摄像头' : '无法打开麦克风，请在浏览器中允许使用麦克风');
    }
  };
  const board = (on: boolean) => {
    hub.boards.set(info.classId, { on, page: hub.boards.state(info.classId).page });
    hub.rtc.publish(info.roomId, { userId: teacherId, source: 'board', hasAudio: false, hasVideo: on });
  };
  return {
    async camera(on) {
      if (on) camera ??= await ask({ video: true });
      else camera = stop(camera);
      publish();
    },
    async mic(on) {
      if (on) mic ??= await ask({ audio: true });
      else mic = stop(mic);
      publish();
    },
    async screen(on) {
      if (on) {
        try {
          screen ??= await navigator.mediaDevices.getDisplayMedia({ video: true });
        } catch {
          throw new Error('没有共享屏幕：请选择要共享的窗口或屏幕');
        }
        screen.getVideoTracks()[0]?.addEventListener('ended', () => ((screen = null), board(false)));
      } else screen = stop(screen);
      board(on);
    },
    preview: () => camera,
  };
}
