import { createContainer, lessonUseCases } from '../../../infrastructure/composition/createContainer';
import { MemoryLogger } from '../../../infrastructure/shared/MemoryLogger';
import { SystemClock } from '../../../infrastructure/shared/SystemClock';
import { TicFamilyConfig, ticFamilyModule } from '../../../infrastructure/tic/ticFamilyModule';
import { TicPageBinding } from '../../../infrastructure/tic/TicPageBinding';
import { ROOM_EVENT_NAMES, WebrtcRoomCodes } from '../../../infrastructure/tic/WebrtcRoom';
import { CloudLessonConfig, DEFAULT_SESSION_STORAGE_KEY } from '../lessonConfig';
import { LessonRuntime } from '../lessonRuntime';

type WxForTic = TicFamilyConfig['wx'] & { getStorageSync(key: string): unknown };

/**
 * The TIC lesson: besides the usual runtime, the binding the lesson page attaches in onLoad (it
 * finds `#tx_board` and `#webrtcroom` there) and whose `onRoomEvent` takes `bindRoomEvent`.
 */
export interface TicLessonRuntime extends LessonRuntime {
  readonly ticView: TicPageBinding;
}

/**
 * `CONSTANT.ROOM` from the TIC sources the deployer copies into miniprogram/tic/ (docs/tic-family.md).
 * The build refuses a tic config without them, so this require is bundled from the copied file.
 */
function ticRoomCodes(): WebrtcRoomCodes {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- plain JS the deployer copies in; only the tic build reaches it
  const constant = require('../../tic/constant/Constant') as { ROOM?: WebrtcRoomCodes; default?: { ROOM?: WebrtcRoomCodes } };
  const room = constant.ROOM ?? constant.default?.ROOM;
  const missing = ROOM_EVENT_NAMES.filter((name) => typeof room?.[name] !== 'number');
  if (!room || missing.length > 0)
    throw new Error(`miniprogram/tic/constant/Constant.js has no CONSTANT.ROOM codes for ${missing.join(', ')}`);
  return room;
}

/**
 * A class on Tencent's TIC components: IM, board and TRTC through `<tic-component>` and
 * `<webrtc-room>` on the lesson page; class info, UserSigs and webrtc-room's room key from the school server.
 */
export function openClass(classId: string, config: CloudLessonConfig): TicLessonRuntime {
  const phone = wx as unknown as WxForTic;
  const clock = new SystemClock();
  const ticView = new TicPageBinding(ticRoomCodes());
  const storageKey = config.sessionStorageKey ?? DEFAULT_SESSION_STORAGE_KEY;
  const container = createContainer(
    ticFamilyModule({
      sdkAppId: config.sdkAppId,
      backendUrl: config.backendUrl,
      sessionToken: () => {
        const token = phone.getStorageSync(storageKey);
        return typeof token === 'string' && token ? token : undefined;
      },
      wx: phone,
      ticView,
      logger: new MemoryLogger(),
      clock,
    }),
  );
  // webrtc-room draws the video itself: the page's own <live-pusher>/<live-player> stay off.
  return { classId, useCases: lessonUseCases(container), clock, realVideo: false, ticView };
}
