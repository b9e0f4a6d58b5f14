import { noticeText } from './noticeText';
import { pickedAfter, Picks, picksFor } from './answerPicks';
import { makeAutoObservable, observable, runInAction } from 'mobx-miniprogram';
import { LessonUseCases } from '../../application/LessonUseCases';
import { Clock } from '../../application/ports/PlatformPorts';
import { LessonView } from '../../application/view/LessonView';
import { LessonViewFeed } from '../../application/view/LessonViewFeed';
import { DataSaverMode } from '../../domain/classroom/DataSaver';
import { Result } from '../../domain/shared/Result';
import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { CHAT_WINDOW } from '../../application/view/ChatWindow';
import { ChatRing, PlacedChat } from './ChatRing';
import { picturesAround, PicturePreview } from './picturePreview';
import { idOfKey } from './shortKeys';
import { StablePlaces } from './StablePlaces';
import { URGENT_EVENTS } from './urgentEvents';
import { chatItem, coHostItem, formatOnce } from './lessonItems';
import { failureText } from './studentText';

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
  /** The options picked on the open answer card, before 提交 (the page's own draft, like the chat's). */
  picks: Picks = null;
  private readonly feed: LessonViewFeed;
  private stopListening: (() => void) | undefined;
  private joining: Promise<boolean> | undefined;
  private readonly formatChat = formatOnce(chatItem);
  private readonly chatRing = new ChatRing(CHAT_WINDOW.lines);
  /** Where each <live-player> stays on the page while others come and go. */
  readonly playerPlaces = new StablePlaces();
  private readonly formatCoHosts = formatOnce(coHostItem);
  private readonly urgentListeners = new Set<() => void>();

  constructor(
    readonly useCases: LessonUseCases,
    options: LessonStoreOptions,
  ) {
    this.feed = new LessonViewFeed(useCases.session, options.clock, options.classmateNames);
    this.view = this.feed.view;
    makeAutoObservable<LessonStore, 'feed' | 'stopListening' | 'joining' | 'formatChat' | 'chatRing' | 'formatCoHosts' | 'urgentListeners'>(
      this,
      {
        useCases: false,
        feed: false,
        stopListening: false,
        joining: false,
        formatChat: false,
        chatRing: false,
        playerPlaces: false,
        formatCoHosts: false,
        urgentListeners: false,
        view: observable.ref,
        picks: observable.ref,
      },
      { autoBind: true },
    );
    const stopView = this.feed.subscribe((view) => runInAction(() => (this.view = view)));
    // What the staff did (and the board coming on) goes out in the same task, as the student's own taps do.
    const stopEvents = useCases.session.onClassEvents((events) => {
      if (events.some((event) => URGENT_EVENTS.has(event.type))) this.tapped();
    });
    this.stopListening = () => {
      stopView();
      stopEvents();
    };
  }

  get noticeText(): string {
    return this.view.notice ? noticeText(this.view.notice) : '';
  }

  get errorText(): string {
    return this.view.failure ? failureText(this.view.failure.code) : '';
  }

  get joinFailureText(): string {
    return this.view.joinFailure ? failureText(this.view.joinFailure) : '';
  }

  /** The chat window in the ring of slots the panel draws. */
  get chat(): PlacedChat {
    return this.chatRing.place(this.formatChat(this.view.chat), this.view.chatReading === null);
  }

  get coHosts() {
    return this.formatCoHosts(this.view.coHosts);
  }

  /**
   * What is urgent for the page's data path: the student's own taps, and a tap's outcome when that
   * is what the student waits to see (the microphone going on after the phone's permission, a
   * failure's message); and the staff's commands, the end of the class and a removal. A sent
   * message's tick, a hand's place in the queue, chat, volumes and counts are not: they ride with
   * the next flush.
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

  /** A tap on my failed line, by the key the page has it under. */
  retry(key: string): Promise<boolean> {
    this.tapped();
    const id =
      idOfKey(
        key,
        this.view.chat.map((line) => line.id),
      ) ?? key;
    return this.run(this.useCases.retryMessage.execute(id));
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

  /** The student scrolled up in the chat to read. */
  readChatBack(): void {
    this.feed.readChatBack();
  }

  /** Reading back, at the top of the lines shown. */
  showEarlierChat(): void {
    this.tapped();
    this.feed.showEarlierChat();
  }

  /** Back down to the newest lines: the bottom reached, or 有新消息 tapped. */
  followChat(): void {
    this.tapped();
    this.feed.followChat();
  }

  /** For WeChat's picture viewer: the tapped picture large, among the chat's other pictures on the page. */
  picturesAround(key: string): PicturePreview | undefined {
    return picturesAround(this.view.chat, key);
  }

  /** 接受 or 拒绝 on the teacher's invitation to the stage. */
  answerInvitation(accepted: boolean): Promise<boolean> {
    this.tapped();
    return this.run(this.useCases.answerInvitation.execute(accepted), 'outcome shows');
  }

  /** A tap on an option of the open answer card: picked, or for a multiple choice, picked or put back. */
  pickOption(label: string): void {
    const question = this.view.question;
    if (!question || question.state !== 'open') return;
    this.tapped();
    this.picks = pickedAfter(this.picks, question, label);
  }

  /** 提交 on the answer card, with the options picked (a script's `answer` names them). */
  answer(choices: readonly string[] = picksFor(this.picks, this.view.question)): Promise<boolean> {
    this.tapped();
    return this.run(this.useCases.answerQuestion.execute(choices), 'outcome shows');
  }

  /** 签到. */
  checkIn(): Promise<boolean> {
    this.tapped();
    return this.run(this.useCases.checkIn.execute(), 'outcome shows');
  }

  /** Closes the results card. */
  dismissQuestion(): void {
    this.tapped();
    this.useCases.dismissQuestion.execute();
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
