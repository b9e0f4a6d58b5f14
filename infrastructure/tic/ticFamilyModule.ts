import { ContainerModule } from 'inversify';
import { bindOne } from '../shared/bindOne';
import { Clock, Logger } from '../../application/ports/PlatformPorts';
import { PORTS } from '../../application/ports/tokens';
import { HttpClassStateServer } from '../shared/http/HttpClassStateServer';
import { HttpClassroomBackend } from '../shared/http/HttpClassroomBackend';
import { WxRequest } from '../shared/http/WxRequest';
import { SystemClock } from '../shared/SystemClock';
import { RosterSharingBackend } from '../shared/RosterSharingBackend';
import { WxApi } from '../shared/wechat/WxApi';
import { WxAppLifecycle } from '../shared/wechat/WxAppLifecycle';
import { WxDevicePermissions } from '../shared/wechat/WxDevicePermissions';
import { WxNetworkStatus } from '../shared/wechat/WxNetworkStatus';
import { WxScreen } from '../shared/wechat/WxScreen';
import { TicChat } from './TicChat';
import { TicClassControl } from './TicClassControl';
import { PrivateMapKeySource, TicMediaRoom } from './TicMediaRoom';
import { SchoolRoomKeys } from './SchoolRoomKeys';
import { TicPageBinding } from './TicPageBinding';
import { TicSession } from './TicSession';
import { TicWhiteboard } from './TicWhiteboard';

/** Nothing secret: UserSigs and room keys come from the backend, signed there. See docs/tic-family.md. */
export interface TicFamilyConfig {
  readonly sdkAppId: number;
  readonly backendUrl: string;
  readonly sessionToken: () => string | undefined;
  readonly wx: WxApi & { readonly request: WxRequest };
  /** The lesson page attaches this in onLoad: it finds `#tx_board` and `#webrtcroom` there. */
  readonly ticView: TicPageBinding;
  /** webrtc-room's `privateMapKey` for the room; by default the school server's room-key request (SchoolRoomKeys). */
  readonly privateMapKey?: PrivateMapKeySource;
  readonly logger: Logger;
  readonly clock?: Clock;
}

/** The one TIC session (IM and board through `<tic-component>`) that chat, signalling and board share. */
const TIC_SESSION = Symbol('TicSession');

/** Binds media, chat, signalling and board to TIC; the school backend and the phone as in the Tencent family. */
export function ticFamilyModule(config: TicFamilyConfig): ContainerModule {
  const clock = config.clock ?? new SystemClock();
  const { wx, logger } = config;
  const school = { baseUrl: config.backendUrl, sessionToken: config.sessionToken };
  const roomKeys = new SchoolRoomKeys((options) => wx.request(options), school);
  return new ContainerModule((bind) => {
    const one = bindOne(bind);
    bind<Clock>(PORTS.clock).toConstantValue(clock);
    bind<Logger>(PORTS.logger).toConstantValue(logger);
    one(TIC_SESSION, () => new TicSession(config.ticView, clock, logger));
    one(PORTS.backend, (get) => {
      const http = new HttpClassroomBackend((options) => wx.request(options), { ...school, sdkAppId: config.sdkAppId });
      const session = get<TicSession>(TIC_SESSION);
      const control = get<TicClassControl>(PORTS.control);
      return new RosterSharingBackend(http, (info) => {
        control.setTeacher(info.teacher.userId);
        session.setClassInfo(info);
        roomKeys.learn(info);
      });
    });
    one(PORTS.media, () => new TicMediaRoom(config.ticView, config.privateMapKey ?? roomKeys.keyFor, clock, logger));
    one(PORTS.chat, (get) => new TicChat(get(TIC_SESSION), clock));
    one(
      PORTS.control,
      (get) => new TicClassControl(get(TIC_SESSION), new HttpClassStateServer((options) => wx.request(options), school, clock), logger),
    );
    one(PORTS.whiteboard, (get) => new TicWhiteboard(get(TIC_SESSION), logger));
    one(PORTS.devicePermissions, () => new WxDevicePermissions(wx));
    one(PORTS.appLifecycle, () => new WxAppLifecycle(wx));
    one(PORTS.networkStatus, () => new WxNetworkStatus(wx));
    one(PORTS.screen, () => new WxScreen(wx));
  });
}
