import { makeAutoObservable, observable, runInAction } from 'mobx-miniprogram';
import { LessonUseCases } from '../../application/LessonUseCases';
import { NetworkQuality } from '../../application/ports/MediaRoomPort';
import { Clock } from '../../application/ports/PlatformPorts';
import { ChangeKind } from '../../application/session/LessonSession';
import { StudentView, studentViewOf } from '../../application/view/StudentView';
import { ExitReason, isOver } from '../../domain/classroom/LessonStatus';
import { DataSaverMode } from '../../domain/classroom/DataSaver';
import { Result } from '../../domain/shared/Result';
import { ChatItem, chatItems, ChatWindow, CoHostItem, coHostItem, NameOf, nameResolver } from './lessonItems';
import { failureText, NOTICE_TEXT } from './studentText';

export interface LessonStoreOptions {
  readonly clock: Clock;
  /** Display names of classmates; the school backend only names the staff. */
  readonly classmateNames?: Readonly<Record<string, string>>;
}

/** Notices and error messages stay this long, then clear themselves. */
export const MESSAGE_MS = 4000;

/**
 * The lesson as the page shows it: a MobX copy of the student view, refreshed when the session
 * changes, plus the taps forwarded to the use cases. Classroom rules stay in the core.
 */
export class LessonStore {
  view: StudentView | null = null;
  title = '';
  teacherName = '';
  exitReason: ExitReason | null = null;
  coHosts: readonly CoHostItem[] = [];
  chat: readonly ChatItem[] = [];
  networkQuality: NetworkQuality = 'unknown';
  noticeText = '';
  errorText = '';
  /** Why joining failed, when it failed before there was a classroom to show. */
  joinFailureText = '';
  private shownNotice: unknown = null;
  private errorSerial = 0;
  private readonly chatWindow = new ChatWindow();
  private stopListening: (() => void) | undefined;
  private readonly nameOf: NameOf;

  constructor(
    readonly useCases: LessonUseCases,
    private readonly options: LessonStoreOptions,
  ) {
    this.nameOf = nameResolver(useCases.session, options.classmateNames);
    makeAutoObservable<LessonStore, 'shownNotice' | 'errorSerial' | 'chatWindow' | 'stopListening' | 'options' | 'nameOf'>(
      this,
      {
        useCases: false,
        options: false,
        chatWindow: false,
        stopListening: false,
        nameOf: false,
        shownNotice: false,
        errorSerial: false,
        view: observable.ref,
        coHosts: observable.ref,
        chat: observable.ref,
      },
      { autoBind: true },
    );
    this.stopListening = useCases.session.onChange((kind) => this.refresh(kind));
    if (useCases.session.hasClassroom) this.refresh('state');
  }

  async join(classId: string): Promise<boolean> {
    const result = await this.useCases.joinLesson.execute(classId);
    runInAction(() => (this.joinFailureText = result.ok ? '' : failureText(result.code)));
    return result.ok;
  }

  toggleHand(): Promise<boolean> {
    return this.run(this.view?.me.hand === 'raised' ? this.useCases.lowerHand.execute() : this.useCases.raiseHand.execute());
  }

  toggleMic(): Promise<boolean> {
    return this.run(this.useCases.turnMicrophone.execute(this.view?.me.mic !== 'on'));
  }

  toggleCamera(): Promise<boolean> {
    return this.run(this.useCases.turnCamera.execute(this.view?.me.camera !== 'on'));
  }

  switchCamera(): Promise<boolean> {
    return this.run(this.useCases.switchCamera.execute());
  }

  /** Resolves whether the text is now in the chat (sent, or failed and waiting for a retry), so the draft may go. */
  async sendText(text: string): Promise<boolean> {
    const result = await this.useCases.sendText.execute(text);
    if (result.ok) return true;
    this.showFailure(failureText(result.code));
    return result.code === 'CHAT.SEND_FAILED';
  }

  sendImage(file: { path: string; size: number; type?: string }): Promise<boolean> {
    return this.run(this.useCases.sendImage.execute(file));
  }

  retry(messageId: string): Promise<boolean> {
    return this.run(this.useCases.retryMessage.execute(messageId));
  }

  toggleFullscreen(): Promise<boolean> {
    const { enterFullscreen, leaveFullscreen } = this.useCases;
    return this.run(Promise.resolve(this.view?.fullscreen ? leaveFullscreen.execute() : enterFullscreen.execute()));
  }

  /** A tap on one of the data saver's modes. */
  chooseDataSaver(mode: DataSaverMode): void {
    this.useCases.chooseDataSaver.execute(mode);
  }

  /** A tap on the "while you were away" card. */
  dismissRecap(): void {
    this.useCases.dismissRecap.execute();
  }

  leave(): Promise<boolean> {
    return this.run(this.useCases.leaveLesson.execute());
  }

  dispose(): void {
    this.stopListening?.();
    this.stopListening = undefined;
  }

  /** Shows a failure in words for a while; a later failure replaces it. */
  showFailure(text: string): void {
    this.errorText = text;
    const serial = ++this.errorSerial;
    void this.options.clock.delay(MESSAGE_MS).then(() => runInAction(() => serial === this.errorSerial && (this.errorText = '')));
  }

  private async run(action: Promise<Result>): Promise<boolean> {
    const result = await action;
    if (!result.ok) this.showFailure(failureText(result.code));
    return result.ok;
  }

  private refresh(kind: ChangeKind): void {
    const session = this.useCases.session;
    if (kind === 'network') {
      this.networkQuality = session.networkQuality;
      return;
    }
    const classroom = session.classroom;
    const nameOf = this.nameOf;
    const view = studentViewOf(session);
    this.coHosts = view.coHosts.map((userId) => coHostItem(session, userId, nameOf));
    if (kind === 'volume') return;
    this.view = view;
    this.title = classroom.title;
    this.teacherName = classroom.roster.teacher.name;
    this.exitReason = classroom.exitReason ?? null;
    this.chat = chatItems(this.chatWindow.select(classroom.chat.messages), classroom.me, nameOf);
    // A toast about the lesson (say, an invitation on stage) means nothing on the lesson-over screen.
    if (isOver(view.status)) this.noticeText = '';
    else this.showNotice();
  }

  private showNotice(): void {
    const notice = this.useCases.session.notice;
    if (!notice || notice === this.shownNotice) return;
    this.shownNotice = notice;
    this.noticeText = NOTICE_TEXT[notice.code];
    void this.options.clock.delay(MESSAGE_MS).then(() => runInAction(() => notice === this.shownNotice && (this.noticeText = '')));
  }
}
