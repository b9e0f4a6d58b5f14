import { ContainerModule } from 'inversify';
import { bindOne, Get } from '../shared/bindOne';
import { OutgoingChat } from '../../application/chat/OutgoingChat';
import { CheckGrantedDevices } from '../../application/classstate/CheckGrantedDevices';
import { FollowClassState } from '../../application/classstate/FollowClassState';
import { FollowDownlink } from '../../application/datasaver/FollowDownlink';
import { FloodGuard } from '../../application/events/FloodGuard';
import { HandleAppLifecycle } from '../../application/events/HandleAppLifecycle';
import { HandleBoardChange } from '../../application/events/HandleBoardChange';
import { HandleChatEvent } from '../../application/events/HandleChatEvent';
import { HandleClassControlEvent } from '../../application/events/HandleClassControlEvent';
import { HandleMediaRoomEvent } from '../../application/events/HandleMediaRoomEvent';
import { InputDropLog } from '../../application/events/InputDropLog';
import { LessonEventRouter, RoutedPorts } from '../../application/events/LessonEventRouter';
import { LessonUseCases } from '../../application/LessonUseCases';
import { PORTS } from '../../application/ports/tokens';
import { RecordTimeAway } from '../../application/recap/RecordTimeAway';
import { LessonTickets } from '../../application/reconnect/LessonTickets';
import { Reconnection } from '../../application/reconnect/Reconnection';
import { RestoreMedia } from '../../application/reconnect/RestoreMedia';
import { RestoreMessaging } from '../../application/reconnect/RestoreMessaging';
import { KeepScreenOn } from '../../application/session/KeepScreenOn';
import { WarnBeforeEnd } from '../../application/session/WarnBeforeEnd';
import { KeptAnswers } from '../../application/tools/KeptAnswers';
import { AnswerQuestion } from '../../application/usecases/AnswerQuestion';
import { AnswerInvitation } from '../../application/usecases/AnswerInvitation';
import { CheckInToClass } from '../../application/usecases/CheckInToClass';
import { DismissQuestion } from '../../application/usecases/DismissQuestion';
import { LeaveRooms } from '../../application/session/LeaveRooms';
import { LessonSession } from '../../application/session/LessonSession';
import { MediaSync } from '../../application/session/MediaSync';
import { ChooseDataSaver } from '../../application/usecases/ChooseDataSaver';
import { DismissRecap } from '../../application/usecases/DismissRecap';
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
import { APP } from './appTokens';

/**
 * The application's classes are plain (no decorators): each is bound here once, made by a factory
 * from what the family's module bound. One lesson per container, so every binding is a singleton.
 */
export const applicationModule = new ContainerModule((bind) => {
  const one = bindOne(bind);
  const ports = (get: Get): JoinPorts & RoutedPorts => ({
    backend: get(PORTS.backend),
    media: get(PORTS.media),
    chat: get(PORTS.chat),
    control: get(PORTS.control),
    whiteboard: get(PORTS.whiteboard),
    lifecycle: get(PORTS.appLifecycle),
    network: get(PORTS.networkStatus),
  });

  one(APP.session, (get) => new LessonSession(new MediaSync(get(PORTS.media), get(PORTS.logger)), get(PORTS.clock)));
  one(APP.inputDrops, (get) => new InputDropLog(get(PORTS.logger)));
  one(APP.tickets, (get) => new LessonTickets(get(PORTS.backend), get(PORTS.clock)));
  one(
    APP.classState,
    (get) =>
      new FollowClassState(
        get(APP.session),
        get(PORTS.control),
        new CheckGrantedDevices(get(APP.session), get(PORTS.devicePermissions)),
        get(PORTS.clock),
        get(PORTS.logger),
        get(APP.inputDrops),
        get(APP.keptAnswers),
      ),
  );
  one(APP.keptAnswers, () => new KeptAnswers());
  one(APP.reconnection, (get) => {
    const messaging = new RestoreMessaging(ports(get), get(APP.tickets), get(APP.classState));
    const media = new RestoreMedia(get(PORTS.media), get(APP.session), get(APP.tickets));
    const restorers = { im: messaging.execute.bind(messaging), media: media.execute.bind(media) };
    return new Reconnection(get(APP.session), restorers, get(PORTS.clock), get(PORTS.logger));
  });
  one(APP.outgoingChat, (get) => {
    const reconnection = get<Reconnection>(APP.reconnection);
    const outgoing = new OutgoingChat(get(APP.session), get(PORTS.chat), get(PORTS.clock), get(PORTS.logger), () =>
      reconnection.isUp('im'),
    );
    reconnection.onRestored((service) => {
      if (service === 'im') void outgoing.sendWaiting();
    });
    return outgoing;
  });
  one(APP.eventRouter, (get) => {
    const session = get<LessonSession>(APP.session);
    const clock = get<never>(PORTS.clock);
    const reconnection = get<Reconnection>(APP.reconnection);
    const classState = get<FollowClassState>(APP.classState);
    const drops = get<InputDropLog>(APP.inputDrops);
    const logger = get<never>(PORTS.logger);
    const handlers = {
      media: new HandleMediaRoomEvent(session, reconnection, logger),
      chat: new HandleChatEvent(session, reconnection, get(APP.tickets), new FloodGuard('chat', clock, drops), drops),
      control: new HandleClassControlEvent(session, classState, clock, new FloodGuard('signal', clock, drops)),
      board: new HandleBoardChange(session),
      lifecycle: new HandleAppLifecycle(session, reconnection, classState, new RecordTimeAway(session, clock)),
      reconnection,
    };
    return new LessonEventRouter(ports(get), handlers, logger);
  });
  one(
    APP.leaveRooms,
    (get) => new LeaveRooms(ports(get), get(APP.session), get(APP.eventRouter), get(APP.outgoingChat), get(PORTS.logger)),
  );
  one(APP.followDownlink, (get) => new FollowDownlink(get(APP.session), get(PORTS.clock)));
  one(APP.keepScreenOn, (get) => new KeepScreenOn(get(APP.session), get(PORTS.screen), get(PORTS.appLifecycle)));
  one(APP.warnBeforeEnd, (get) => new WarnBeforeEnd(get(APP.session), get(PORTS.clock)));

  one(
    APP.joinLesson,
    (get) =>
      new JoinLesson(
        ports(get),
        get(APP.session),
        get(APP.eventRouter),
        get(APP.reconnection),
        get(APP.tickets),
        get(APP.classState),
        get(APP.leaveRooms),
        get(PORTS.logger),
      ),
  );
  one(APP.leaveLesson, (get) => new LeaveLesson(get(APP.session), get(APP.leaveRooms)));
  one(APP.raiseHand, (get) => new RaiseHand(get(APP.session), get(PORTS.control), get(PORTS.clock), get(PORTS.logger)));
  one(APP.lowerHand, (get) => new LowerHand(get(APP.session), get(PORTS.control), get(PORTS.logger)));
  one(APP.turnMicrophone, (get) => new TurnMicrophone(get(APP.session), get(PORTS.devicePermissions)));
  one(APP.turnCamera, (get) => new TurnCamera(get(APP.session), get(PORTS.devicePermissions)));
  one(APP.switchCamera, (get) => new SwitchCamera(get(APP.session), get(PORTS.media), get(PORTS.logger)));
  one(APP.sendText, (get) => new SendText(get(APP.outgoingChat)));
  one(APP.sendImage, (get) => new SendImage(get(APP.outgoingChat)));
  one(APP.retryMessage, (get) => new RetryMessage(get(APP.outgoingChat)));
  one(APP.enterFullscreen, (get) => new EnterFullscreen(get(APP.session)));
  one(APP.leaveFullscreen, (get) => new LeaveFullscreen(get(APP.session)));
  one(APP.dismissRecap, (get) => new DismissRecap(get(APP.session)));
  one(APP.chooseDataSaver, (get) => new ChooseDataSaver(get(APP.session), get(APP.followDownlink)));
  one(
    APP.answerQuestion,
    (get) => new AnswerQuestion(get(APP.session), get(PORTS.control), get(PORTS.clock), get(PORTS.logger), get(APP.keptAnswers)),
  );
  one(APP.checkIn, (get) => new CheckInToClass(get(APP.session), get(PORTS.control), get(PORTS.clock), get(PORTS.logger)));
  one(APP.answerInvitation, (get) => new AnswerInvitation(get(APP.session), get(PORTS.control), get(PORTS.clock), get(PORTS.logger)));
  one(APP.dismissQuestion, (get) => new DismissQuestion(get(APP.session)));

  // What a view may do or read; the session's watchers start with it.
  one<LessonUseCases>(APP.useCases, (get) => {
    get(APP.followDownlink);
    get(APP.keepScreenOn);
    get(APP.warnBeforeEnd);
    return {
      session: get(APP.session),
      joinLesson: get(APP.joinLesson),
      leaveLesson: get(APP.leaveLesson),
      raiseHand: get(APP.raiseHand),
      lowerHand: get(APP.lowerHand),
      turnMicrophone: get(APP.turnMicrophone),
      turnCamera: get(APP.turnCamera),
      switchCamera: get(APP.switchCamera),
      sendText: get(APP.sendText),
      sendImage: get(APP.sendImage),
      retryMessage: get(APP.retryMessage),
      enterFullscreen: get(APP.enterFullscreen),
      leaveFullscreen: get(APP.leaveFullscreen),
      dismissRecap: get(APP.dismissRecap),
      chooseDataSaver: get(APP.chooseDataSaver),
      answerQuestion: get(APP.answerQuestion),
      checkIn: get(APP.checkIn),
      answerInvitation: get(APP.answerInvitation),
      dismissQuestion: get(APP.dismissQuestion),
    };
  });
});
