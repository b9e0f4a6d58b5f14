import { makeAutoObservable, observable, runInAction } from 'mobx-miniprogram';
import { LessonUseCases } from '../../application/LessonUseCases';
import { Clock } from '../../application/ports/PlatformPorts';
import { LessonView } from '../../application/view/LessonView';
import { LessonViewFeed } from '../../application/view/LessonViewFeed';
import { DataSaverMode } from '../../domain/classroom/DataSaver';
import { Result } from '../../domain/shared/Result';
import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { chatItem, coHostItem, formatOnce } from './lessonItems';
import { failureText, NOTICE_TEXT } from './studentText';

export interface LessonStoreOptions {
  readonly clock: Clock;
  /** Display names of classmates; the school backend only names the staff. */
  readonly classmateNames?: Readonly<Record<string, string>>;
}

/**
 * The lesson as the page shows it: the application's LessonView, held as one observable and
 * formatted into words here, plus the taps forwarded to the use cases. No rules and no reading
 * of the session: everything shown comes from the view.
 */
export class LessonStore {
  view: LessonView;
  private readonly feed: LessonViewFeed;
  private stopListening: (() => void) | undefined;
  private joining: Promise<boolean> | undefined;
  private readonly formatChat = formatOnce(chatItem);
  private readonly formatCoHosts = formatOnce(coHostItem);
  private readonly urgentListeners = new Set<() => void>();

  constructor(
    readonly useCases: LessonUseCases,
    options: LessonStoreOptions,
  ) {
    this.feed = new LessonViewFeed(useCases.session, options.clock, options.classmateNames);
    this.view = this.feed.view;
    makeAutoObservable<LessonStore, 'feed' | 'stopListening' | 'joining' | 'formatChat' | 'formatCoHosts' | 'urgentListeners'>(
      this,
      {
        useCases: false,
        feed: false,
        stopListening: false,
        joining: false,
        formatChat: false,
        formatCoHosts: false,
        urgentListeners: false,
        view: observable.ref,
      },
      { autoBind: true },
    );
    this.stopListening = this.feed.subscribe((view) => runInAction(() => (this.view = view)));
  }

  get noticeText(): string {
    return this.view.notice ? NOTICE_TEXT[this.view.notice.code] : '';
  }

  get errorText(): string {
    return this.view.failure ? failureText(this.view.failure.code) : '';
  }

  get joinFailureText(): string {
    return this.view.joinFailure ? failureText(this.view.joinFailure) : '';
  }

  get chat() {
    return this.formatChat(this.view.chat);
  }

  get coHosts() {
    return this.formatCoHosts(this.view.coHosts);
  }

  /**
   * The student's own taps: what a tap changes at once is urgent for the page's data path, and so
   * is its outcome when that is what the student waits to see (the microphone going on after the
   * phone's permission, a failure's message). A sent message's tick or a hand's place in the queue
   * is not: it rides with the next flush.
   */
  onUrgent(listener: () => void): Unsubscribe {
    this.urgentListeners.add(listener);
    return () => this.urgentListeners.delete(listener);
  }

  /** Joins unless this lesson was joined already: the page may load more than once. */
  joinOnce(classId: string): Promise<boolean> {
    return (this.joining ??= this.join(classId));
  }

  async join(classId: string): Promise<boolean> {
    const result = await this.useCases.joinLesson.execute(classId);
    this.feed.joined(result.ok ? null : result.code);
    return result.ok;
  }

  toggleHand(): Promise<boolean> {
    this.tapped();
    return this.run(this.view.me.hand === 'raised' ? this.useCases.lowerHand.execute() : this.useCases.raiseHand.execute());
  }

  toggleMic(): Promise<boolean> {
    this.tapped();
    return this.run(this.useCases.turnMicrophone.execute(this.view.me.mic !== 'on'), 'outcome shows');
  }

  toggleCamera(): Promise<boolean> {
    this.tapped();
    return this.run(this.useCases.turnCamera.execute(this.view.me.camera !== 'on'), 'outcome shows');
  }

  switchCamera(): Promise<boolean> {
    this.tapped();
    return this.run(this.useCases.switchCamera.execute());
  }

  /** Resolves whether the text is now in the chat (sent, or failed and waiting for a retry), so the draft may go. */
  async sendText(text: string): Promise<boolean> {
    this.tapped();
    const result = await this.useCases.sendText.execute(text);
    if (result.ok) return true;
    this.tapped();
    this.feed.failed(result.code);
    return result.code === 'CHAT.SEND_FAILED';
  }

  sendImage(file: { path: string; size: number; type?: string }): Promise<boolean> {
    this.tapped();
    return this.run(this.useCases.sendImage.execute(file));
  }

  retry(messageId: string): Promise<boolean> {
    this.tapped();
    return this.run(this.useCases.retryMessage.execute(messageId));
  }

  toggleFullscreen(): Promise<boolean> {
    const { enterFullscreen, leaveFullscreen } = this.useCases;
    this.tapped();
    return this.run(Promise.resolve(this.view.fullscreen ? leaveFullscreen.execute() : enterFullscreen.execute()));
  }

  /** A tap on one of the data saver's modes. */
  chooseDataSaver(mode: DataSaverMode): void {
    this.tapped();
    this.useCases.chooseDataSaver.execute(mode);
  }

  /** A tap on the "while you were away" card. */
  dismissRecap(): void {
    this.tapped();
    this.useCases.dismissRecap.execute();
  }

  leave(): Promise<boolean> {
    return this.run(this.useCases.leaveLesson.execute());
  }

  dispose(): void {
    this.stopListening?.();
    this.stopListening = undefined;
    this.feed.dispose();
  }

  private tapped(): void {
    for (const listener of this.urgentListeners) listener();
  }

  private async run(action: Promise<Result>, outcome: 'outcome shows' | 'shown at once' = 'shown at once'): Promise<boolean> {
    const result = await action;
    if (!result.ok || outcome === 'outcome shows') this.tapped();
    if (!result.ok) this.feed.failed(result.code);
    return result.ok;
  }
}
