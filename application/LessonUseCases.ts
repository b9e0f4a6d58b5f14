import { LessonSession } from './session/LessonSession';
import { DismissRecap } from './usecases/DismissRecap';
import { ChooseDataSaver } from './usecases/ChooseDataSaver';
import { EnterFullscreen } from './usecases/EnterFullscreen';
import { JoinLesson } from './usecases/JoinLesson';
import { LeaveFullscreen } from './usecases/LeaveFullscreen';
import { LeaveLesson } from './usecases/LeaveLesson';
import { LowerHand } from './usecases/LowerHand';
import { RaiseHand } from './usecases/RaiseHand';
import { RetryMessage } from './usecases/RetryMessage';
import { SendImage } from './usecases/SendImage';
import { SendText } from './usecases/SendText';
import { SwitchCamera } from './usecases/SwitchCamera';
import { TurnCamera } from './usecases/TurnCamera';
import { TurnMicrophone } from './usecases/TurnMicrophone';
import { AnswerQuestion } from './usecases/AnswerQuestion';
import { CheckInToClass } from './usecases/CheckInToClass';
import { AnswerInvitation } from './usecases/AnswerInvitation';
import { DismissQuestion } from './usecases/DismissQuestion';

/** Everything a view may do or read: the use cases and the session they act on. */
export interface LessonUseCases {
  readonly session: LessonSession;
  readonly joinLesson: JoinLesson;
  readonly leaveLesson: LeaveLesson;
  readonly raiseHand: RaiseHand;
  readonly lowerHand: LowerHand;
  readonly turnMicrophone: TurnMicrophone;
  readonly turnCamera: TurnCamera;
  readonly switchCamera: SwitchCamera;
  readonly sendText: SendText;
  readonly sendImage: SendImage;
  readonly retryMessage: RetryMessage;
  readonly enterFullscreen: EnterFullscreen;
  readonly leaveFullscreen: LeaveFullscreen;
  readonly dismissRecap: DismissRecap;
  readonly chooseDataSaver: ChooseDataSaver;
  readonly answerQuestion: AnswerQuestion;
  readonly checkIn: CheckInToClass;
  readonly answerInvitation: AnswerInvitation;
  readonly dismissQuestion: DismissQuestion;
}
