import { Container, interfaces } from 'inversify';
import { OutgoingChat } from '../../application/chat/OutgoingChat';
import { FloodGuard } from '../../application/events/FloodGuard';
import { HandleAppLifecycle } from '../../application/events/HandleAppLifecycle';
import { HandleBoardChange } from '../../application/events/HandleBoardChange';
import { HandleChatEvent } from '../../application/events/HandleChatEvent';
import { HandleClassControlEvent } from '../../application/events/HandleClassControlEvent';
import { HandleMediaRoomEvent } from '../../application/events/HandleMediaRoomEvent';
import { InputDropLog } from '../../application/events/InputDropLog';
import { LessonEventRouter, RoutedPorts } from '../../application/events/LessonEventRouter';
import { LessonUseCases } from '../../application/LessonUseCases';
import { AppLifecyclePort, Clock, DevicePermissionPort, Logger, NetworkStatusPort } from '../../application/ports/PlatformPorts';
import { CheckGrantedDevices } from '../../application/classstate/CheckGrantedDevices';
import { FollowClassState } from '../../application/classstate/FollowClassState';
import { LessonTickets } from '../../application/reconnect/LessonTickets';
import { Reconnection } from '../../application/reconnect/Reconnection';
import { RestoreMedia } from '../../application/reconnect/RestoreMedia';
import { RestoreMessaging } from '../../application/reconnect/RestoreMessaging';
import { LeaveRooms } from '../../application/session/LeaveRooms';
import { LessonSession } from '../../application/session/LessonSession';
import { MediaSync } from '../../application/session/MediaSync';
import { DismissRecap } from '../../application/usecases/DismissRecap';
import { ChooseDataSaver } from '../../application/usecases/ChooseDataSaver';
import { FollowDownlink } from '../../application/datasaver/FollowDownlink';
import { EnterFullscreen } from '../../application/usecases/EnterFullscreen';
import { RecordTimeAway } from '../../application/recap/RecordTimeAway';
import { JoinLesson, JoinPorts } from '../../application/usecases/JoinLesson';
import { LeaveFullscreen } from '../../application/usecases/LeaveFullscreen';
import { LeaveLesson } from '../../application/usecases/LeaveLesson';
import { LowerHand } from '../../application/usecases/LowerHand';
import { RaiseHand } from '../../application/usecases/RaiseHand';
import { RetryMessage } from '../../application/usecases/RetryMessage';
import { SendImage } from '../../application/usecases/SendImage';
import { SendText } from '../../application/usecases/SendText';
import { SwitchCamera } from '../../application/usecases/SwitchCamera';
import { TurnCamera } from '../../application/usecases/TurnCamera';
import { TurnMicrophone } from '../../application/usecases/TurnMicrophone';
import { APP, PORTS } from '../../application/ports/tokens';

/**
 * The application's classes are plain (no decorators), so they are built here from the ports
 * the chosen family bound. One lesson per container: everything is a singleton.
 */
export function bindApplication(container: Container): void {
  container
    .bind<LessonUseCases>(APP.useCases)
    .toDynamicValue((context) => buildUseCases(context.container))
    .inSingletonScope();
}

function buildUseCases(container: interfaces.Container): LessonUseCases {
  const get = <T>(token: symbol) => container.get<T>(token);
  const ports: JoinPorts & RoutedPorts = {
    backend: get(PORTS.backend),
    media: get(PORTS.media),
    chat: get(PORTS.chat),
    control: get(PORTS.control),
    whiteboard: get(PORTS.whiteboard),
    lifecycle: get<AppLifecyclePort>(PORTS.appLifecycle),
    network: get<NetworkStatusPort>(PORTS.networkStatus),
  };
  const clock = get<Clock>(PORTS.clock);
  const logger = get<Logger>(PORTS.logger);
  const permissions = get<DevicePermissionPort>(PORTS.devicePermissions);
  const session = new LessonSession(new MediaSync(ports.media, logger), clock);
  const drops = new InputDropLog(logger);
  const tickets = new LessonTickets(ports.backend, clock);
  const classState = new FollowClassState(session, ports.control, new CheckGrantedDevices(session, permissions), clock, logger, drops);
  const control = new HandleClassControlEvent(session, classState, clock, new FloodGuard('signal', clock, drops));
  const messaging = new RestoreMessaging(ports, tickets, classState);
  const media = new RestoreMedia(ports.media, session, tickets);
  const restorers = { im: messaging.execute.bind(messaging), media: media.execute.bind(media) };
  const reconnection = new Reconnection(session, restorers, clock, logger);
  const outgoing = new OutgoingChat(session, ports.chat, clock, logger, () => reconnection.isUp('im'));
  reconnection.onRestored((service) => {
    if (service === 'im') void outgoing.sendWaiting();
  });
  const router = new LessonEventRouter(
    ports,
    {
      media: new HandleMediaRoomEvent(session, reconnection, logger),
      chat: new HandleChatEvent(session, reconnection, tickets, new FloodGuard('chat', clock, drops), drops),
      control,
      board: new HandleBoardChange(session),
      lifecycle: new HandleAppLifecycle(session, reconnection, classState, new RecordTimeAway(session, clock)),
      reconnection,
    },
    logger,
  );
  const rooms = new LeaveRooms(ports, session, router, outgoing, logger);
  new FollowDownlink(session, clock);
  return {
    session,
    joinLesson: new JoinLesson(ports, session, router, reconnection, tickets, classState, rooms, logger),
    leaveLesson: new LeaveLesson(session, rooms),
    raiseHand: new RaiseHand(session, ports.control, clock, logger),
    lowerHand: new LowerHand(session, ports.control, logger),
    turnMicrophone: new TurnMicrophone(session, permissions),
    turnCamera: new TurnCamera(session, permissions),
    switchCamera: new SwitchCamera(session, ports.media, logger),
    sendText: new SendText(outgoing),
    sendImage: new SendImage(outgoing),
    retryMessage: new RetryMessage(outgoing),
    enterFullscreen: new EnterFullscreen(session),
    leaveFullscreen: new LeaveFullscreen(session),
    dismissRecap: new DismissRecap(session),
    chooseDataSaver: new ChooseDataSaver(session),
  };
}
