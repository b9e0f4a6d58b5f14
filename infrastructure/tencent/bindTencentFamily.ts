import { Container } from 'inversify';
import { Clock, Logger } from '../../application/ports/PlatformPorts';
import { WhiteboardPort } from '../../application/ports/WhiteboardPort';
import { PORTS } from '../../application/ports/tokens';
import { HttpClassroomBackend } from '../shared/http/HttpClassroomBackend';
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
  readonly family: 'tencent';
  readonly sdkAppId: number;
  /** The school backend, by the contract in docs/backend-api.md. */
  readonly backendUrl: string;
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

/** Binds every port to Tencent Cloud (TRTC, IM), the school backend over HTTPS, and the phone through wx. */
export function bindTencentFamily(container: Container, config: TencentFamilyConfig): void {
  const clock = config.clock ?? new SystemClock();
  const { wx } = config;
  const session = new TimSession(config.sdks.tim, config.sdks.timUploadPlugin, clock);
  const control = new TimClassControl(session, config.logger);
  const media = new TrtcWxMediaRoom(config.sdks.trtc, config.mediaView, clock);
  let teacherId: string | undefined;
  const http = new HttpClassroomBackend((options) => wx.request(options), {
    baseUrl: config.backendUrl,
    sessionToken: config.sessionToken,
    sdkAppId: config.sdkAppId,
  });
  const backend = new RosterSharingBackend(http, (info) => {
    teacherId = info.teacher.userId;
  });
  container.bind<Clock>(PORTS.clock).toConstantValue(clock);
  container.bind<Logger>(PORTS.logger).toConstantValue(config.logger);
  container.bind(PORTS.backend).toConstantValue(backend);
  container.bind(PORTS.media).toConstantValue(media);
  container.bind(PORTS.chat).toConstantValue(new TimChat(session, clock));
  container.bind(PORTS.control).toConstantValue(control);
  container.bind(PORTS.whiteboard).toConstantValue(config.whiteboard ?? new AuxStreamWhiteboard(media, () => teacherId));
  container.bind(PORTS.devicePermissions).toConstantValue(new WxDevicePermissions(wx));
  container.bind(PORTS.appLifecycle).toConstantValue(new WxAppLifecycle(wx));
  container.bind(PORTS.networkStatus).toConstantValue(new WxNetworkStatus(wx));
  container.bind(PORTS.screen).toConstantValue(new WxScreen(wx));
}
