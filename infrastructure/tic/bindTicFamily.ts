import { Container } from 'inversify';
import { Clock, Logger } from '../../application/ports/PlatformPorts';
import { PORTS } from '../../application/ports/tokens';
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
import { TicPageBinding } from './TicPageBinding';
import { TicSession } from './TicSession';
import { TicWhiteboard } from './TicWhiteboard';

/** Nothing secret: UserSigs and room keys come from the backend, signed there. See docs/tic-family.md. */
export interface TicFamilyConfig {
  readonly family: 'tic';
  readonly sdkAppId: number;
  readonly backendUrl: string;
  readonly sessionToken: () => string | undefined;
  readonly wx: WxApi & { readonly request: WxRequest };
  /** The lesson page attaches this in onLoad: it finds `#tx_board` and `#webrtcroom` there. */
  readonly ticView: TicPageBinding;
  /** webrtc-room's `privateMapKey` for the room, from the deployment's backend. */
  readonly privateMapKey: PrivateMapKeySource;
  readonly logger: Logger;
  readonly clock?: Clock;
}

/** Binds media, chat, signalling and board to TIC; the school backend and the phone as in the Tencent family. */
export function bindTicFamily(container: Container, config: TicFamilyConfig): void {
  const clock = config.clock ?? new SystemClock();
  const { wx, logger } = config;
  const session = new TicSession(config.ticView, clock, logger);
  const control = new TicClassControl(session, logger);
  const http = new HttpClassroomBackend((options) => wx.request(options), {
    baseUrl: config.backendUrl,
    sessionToken: config.sessionToken,
    sdkAppId: config.sdkAppId,
  });
  container.bind<Clock>(PORTS.clock).toConstantValue(clock);
  container.bind<Logger>(PORTS.logger).toConstantValue(logger);
  container.bind(PORTS.backend).toConstantValue(
    new RosterSharingBackend(http, (info) => {
      control.setTeacher(info.teacher.userId);
      session.setClassInfo(info);
    }),
  );
  container.bind(PORTS.media).toConstantValue(new TicMediaRoom(config.ticView, config.privateMapKey, clock, logger));
  container.bind(PORTS.chat).toConstantValue(new TicChat(session, clock));
  container.bind(PORTS.control).toConstantValue(control);
  container.bind(PORTS.whiteboard).toConstantValue(new TicWhiteboard(session, logger));
  container.bind(PORTS.devicePermissions).toConstantValue(new WxDevicePermissions(wx));
  container.bind(PORTS.appLifecycle).toConstantValue(new WxAppLifecycle(wx));
  container.bind(PORTS.networkStatus).toConstantValue(new WxNetworkStatus(wx));
  container.bind(PORTS.screen).toConstantValue(new WxScreen(wx));
}
