import { ContainerModule } from 'inversify';
import { bindOne } from '../shared/bindOne';
import { Clock, Logger } from '../../application/ports/PlatformPorts';
import { WhiteboardPort } from '../../application/ports/WhiteboardPort';
import { PORTS } from '../../application/ports/tokens';
import { LcicClassroomBackend } from '../apaas/LcicClassroomBackend';
import { HttpClassroomBackend } from '../shared/http/HttpClassroomBackend';
import { HttpClassStateServer } from '../shared/http/HttpClassStateServer';
import { WxRequest } from '../shared/http/WxRequest';
import { SystemClock } from '../shared/SystemClock';
import { TimChat } from '../tim-wx/TimChat';
import { TimClassControl } from '../tim-wx/TimClassControl';
import { TimFactory } from '../tim-wx/TimSdk';
import { TimSession } from '../tim-wx/TimSession';
import { TrtcRenderBinding } from '../trtc-wx/TrtcRenderBinding';
import { TrtcFactory } from '../trtc-wx/TrtcSdk';
import { TrtcWxMediaRoom } from '../trtc-wx/TrtcWxMediaRoom';
import { WxApi } from '../shared/wechat/WxApi';
import { WxAppLifecycle } from '../shared/wechat/WxAppLifecycle';
import { WxDevicePermissions } from '../shared/wechat/WxDevicePermissions';
import { WxNetworkStatus } from '../shared/wechat/WxNetworkStatus';
import { WxScreen } from '../shared/wechat/WxScreen';
import { AuxStreamWhiteboard } from './AuxStreamWhiteboard';
import { RosterSharingBackend } from '../shared/RosterSharingBackend';

/** The SDK modules, passed in so that only the app (not every importer of the container) loads them. */
export interface TencentSdks {
  readonly tim: TimFactory;
  readonly timUploadPlugin: unknown;
  readonly trtc: TrtcFactory;
}

/** Nothing secret: UserSigs come from the backend, signed there. */
export interface TencentFamilyConfig {
  readonly sdkAppId: number;
  /** The school backend, by the contract in docs/backend-api.md. */
  readonly backendUrl: string;
  /**
   * Where class info and credentials come from: the school's own contract (default), or LCIC
   * (classroom aPaaS) classes the school server relays (docs/backend-api.md, "LCIC (aPaaS) classes").
   */
  readonly backend?: 'school' | 'lcic';
  readonly sessionToken: () => string | undefined;
  readonly sdks: TencentSdks;
  readonly wx: WxApi & { readonly request: WxRequest };
  /** The lesson page attaches this to render <live-pusher> / <live-player>. */
  readonly mediaView: TrtcRenderBinding;
  readonly logger: Logger;
  readonly clock?: Clock;
  /** A board adapter (TIC); without one the board is the teacher's pushed aux stream. */
  readonly whiteboard?: WhiteboardPort;
}

/** What several of the family's adapters share: one IM login, one TRTC room, the class's teacher. */
const TIM_SESSION = Symbol('TimSession');
const TRTC_ROOM = Symbol('TrtcWxMediaRoom');
const TEACHER = Symbol('TeacherOfTheClass');

/** Binds every port to Tencent Cloud (TRTC, IM), the school backend over HTTPS, and the phone through wx. */
export function tencentFamilyModule(config: TencentFamilyConfig): ContainerModule {
  const clock = config.clock ?? new SystemClock();
  const { wx, logger } = config;
  return new ContainerModule((bind) => {
    const one = bindOne(bind);
    bind<Clock>(PORTS.clock).toConstantValue(clock);
    bind<Logger>(PORTS.logger).toConstantValue(logger);
    one(TIM_SESSION, () => new TimSession(config.sdks.tim, config.sdks.timUploadPlugin, clock));
    one(TRTC_ROOM, () => new TrtcWxMediaRoom(config.sdks.trtc, config.mediaView, clock, logger));
    one(TEACHER, () => ({ userId: undefined as string | undefined }));
    one(PORTS.backend, (get) => {
      const request: WxRequest = (options) => wx.request(options);
      const school = { baseUrl: config.backendUrl, sessionToken: config.sessionToken, sdkAppId: config.sdkAppId };
      // TRTC and IM take a UserSig, not LCIC's own login token: the relay must hand one over.
      const backend =
        config.backend === 'lcic'
          ? new LcicClassroomBackend(request, clock, { ...school, credentials: 'relayed-usersig' })
          : new HttpClassroomBackend(request, school);
      const teacher = get<{ userId?: string }>(TEACHER);
      return new RosterSharingBackend(backend, (info) => (teacher.userId = info.teacher.userId));
    });
    one(PORTS.media, (get) => get(TRTC_ROOM));
    one(PORTS.chat, (get) => new TimChat(get(TIM_SESSION), clock));
    one(PORTS.control, (get) => {
      const school = { baseUrl: config.backendUrl, sessionToken: config.sessionToken };
      return new TimClassControl(get(TIM_SESSION), new HttpClassStateServer((options) => wx.request(options), school, clock), logger);
    });
    one(PORTS.whiteboard, (get) => {
      if (config.whiteboard) return config.whiteboard;
      const teacher = get<{ userId?: string }>(TEACHER);
      return new AuxStreamWhiteboard(get(TRTC_ROOM), () => teacher.userId);
    });
    one(PORTS.devicePermissions, () => new WxDevicePermissions(wx));
    one(PORTS.appLifecycle, () => new WxAppLifecycle(wx));
    one(PORTS.networkStatus, () => new WxNetworkStatus(wx));
    one(PORTS.screen, () => new WxScreen(wx));
  });
}
