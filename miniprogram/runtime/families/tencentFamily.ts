import { createContainer, lessonUseCases } from '../../../infrastructure/composition/createContainer';
import { MemoryLogger } from '../../../infrastructure/shared/MemoryLogger';
import { SystemClock } from '../../../infrastructure/shared/SystemClock';
import { TencentFamilyConfig, tencentFamilyModule } from '../../../infrastructure/tencent/tencentFamilyModule';
import { tencentSdks } from '../../../infrastructure/tencent/tencentSdks';
import { TrtcRenderBinding } from '../../../infrastructure/trtc-wx/TrtcRenderBinding';
import { CloudLessonConfig, DEFAULT_SESSION_STORAGE_KEY } from '../lessonConfig';
import { LessonRuntime } from '../lessonRuntime';

type WxForTencent = TencentFamilyConfig['wx'] & { getStorageSync(key: string): unknown };

/**
 * A class on Tencent Cloud: TRTC and IM through trtc-wx-sdk and tim-wx-sdk, class info and
 * UserSigs from the school server. The lesson page attaches `mediaView` to render the streams.
 */
export function openClass(classId: string, config: CloudLessonConfig): LessonRuntime {
  const phone = wx as unknown as WxForTencent;
  const clock = new SystemClock();
  const mediaView = new TrtcRenderBinding();
  const storageKey = config.sessionStorageKey ?? DEFAULT_SESSION_STORAGE_KEY;
  const container = createContainer(
    tencentFamilyModule({
      sdkAppId: config.sdkAppId,
      backendUrl: config.backendUrl,
      backend: config.backend,
      sessionToken: () => {
        const token = phone.getStorageSync(storageKey);
        return typeof token === 'string' && token ? token : undefined;
      },
      sdks: tencentSdks(),
      wx: phone,
      mediaView,
      logger: new MemoryLogger(),
      clock,
    }),
  );
  return { classId, useCases: lessonUseCases(container), clock, realVideo: true, mediaView };
}
