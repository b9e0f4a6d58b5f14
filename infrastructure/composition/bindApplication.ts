import { Container, interfaces } from 'inversify';
import { OutgoingChat } from '../../application/chat/OutgoingChat';
import { HandleBoardChange } from '../../application/events/HandleBoardChange';
import { HandleChatEvent } from '../../application/events/HandleChatEvent';
import { HandleClassControlEvent } from '../../application/events/HandleClassControlEvent';
import { HandleConnectionChange } from '../../application/events/HandleConnectionChange';
import { HandleMediaRoomEvent } from '../../application/events/HandleMediaRoomEvent';
import { LessonEventRouter } from '../../application/events/LessonEventRouter';
import { LessonUseCases } from '../../application/LessonUseCases';
import { LessonSession } from '../../application/session/LessonSession';
import { MediaSync } from '../../application/session/MediaSync';
import { EnterFullscreen } from '../../application/usecases/EnterFullscreen';
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
import { Clock, DevicePermissionPort, Logger } from '../../application/ports/PlatformPorts';
import { APP, PORTS } from './tokens';

/**
 * The application's classes are plain (no decorators), so they are built here from the ports
 * the chosen family bound. One lesson per container: everything is a singleton.
 */
export function bindApplication(container: Container): void {
  container.bind<LessonUseCases>(APP.useCases).toDynamicValue((context) => buildUseCases(context.container)).inSingletonScope();
}

function buildUseCases(container: interfaces.Container): LessonUseCases {
  const get = <T>(token: symbol) => container.get<T>(token);
  const ports: JoinPorts = {
    backend: get(PORTS.backend),
    media: get(PORTS.media),
    chat: get(PORTS.chat),
    control: get(PORTS.control),
    whiteboard: get(PORTS.whiteboard),
  };
  const clock = get<Clock>(PORTS.clock);
  const logger = get<Logger>(PORTS.logger);
  const permissions = get<DevicePermissionPort>(PORTS.devicePermissions);
  const session = new LessonSession(new MediaSync(ports.media, logger), clock);
  const connection = new HandleConnectionChange(session);
  const router = new LessonEventRouter(
    ports,
    {
      media: new HandleMediaRoomEvent(session, connection, logger),
      chat: new HandleChatEvent(session, connection),
      control: new HandleClassControlEvent(session, permissions, clock, logger),
      board: new HandleBoardChange(session),
    },
    logger,
  );
  const outgoing = new OutgoingChat(session, ports.chat, clock, logger);
  return {
    session,
    joinLesson: new JoinLesson(ports, session, router, connection, logger),
    leaveLesson: new LeaveLesson(ports, session, router, logger),
    raiseHand: new RaiseHand(session, ports.control, clock, logger),
    lowerHand: new LowerHand(session, ports.control, clock, logger),
    turnMicrophone: new TurnMicrophone(session, permissions),
    turnCamera: new TurnCamera(session, permissions),
    switchCamera: new SwitchCamera(session, ports.media, logger),
    sendText: new SendText(outgoing),
    sendImage: new SendImage(outgoing),
    retryMessage: new RetryMessage(outgoing),
    enterFullscreen: new EnterFullscreen(session),
    leaveFullscreen: new LeaveFullscreen(session),
  };
}
