import { isOver, LessonStatus } from '../../domain/classroom/LessonStatus';
import { FailureCode } from '../../domain/shared/Result';
import { Clock } from '../ports/PlatformPorts';
import { Unsubscribe } from '../ports/Unsubscribe';
import { ChangeKind, LessonSession } from '../session/LessonSession';
import { ChatFeed } from './ChatFeed';
import { LessonView, Timed } from './LessonView';
import { nameBook, NameOf } from './names';
import { checkInView, clockView, invitationView, nextToolChange, questionView } from './toolViews';
import { coHostsOf, meOf, playersOf, screenOf, speaking, viewBeforeJoining, withSpeaking } from './viewParts';

/** Notices and failures stay on screen this long, then clear themselves. */
export const SHOWN_MS = 4000;

/**
 * The lesson view, kept up to date as the session changes: a classroom change rebuilds it (the
 * chat only when the messages changed), a volume tick changes only the speaking flags, a network
 * reading only the network level. Listeners hear each new view once.
 */
export class LessonViewFeed {
  private current: LessonView;
  private readonly chat: ChatFeed;
  private joinFailure: FailureCode | null = null;
  private failure: Timed<FailureCode> | null = null;
  private readonly listeners = new Set<(view: LessonView) => void>();
  private readonly expiries = new Set<number>();
  private readonly namesIn: ReturnType<typeof nameBook>;
  private stop: Unsubscribe | undefined;
  /** The one pending rebuild for the cards' seconds and the clock's minutes, and when it is due. */
  private tickDue: number | null = null;

  constructor(
    private readonly session: LessonSession,
    private readonly clock: Clock,
    classmateNames?: Readonly<Record<string, string>>,
  ) {
    this.namesIn = nameBook(classmateNames);
    this.chat = new ChatFeed(clock, () => this.rebuild());
    this.current = session.hasClassroom ? this.build() : viewBeforeJoining(null, null);
    this.stop = session.onChange((kind) => this.follow(kind));
  }

  get view(): LessonView {
    return this.current;
  }

  subscribe(listener: (view: LessonView) => void): Unsubscribe {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The join's outcome: a failure shows the lesson-over screen with its reason. */
  joined(failure: FailureCode | null): void {
    this.joinFailure = failure;
    this.update({ ...this.current, joinFailure: failure, screen: screenOf(this.current.status, failure !== null) });
  }

  /** A tap that failed; a later failure replaces it. */
  failed(code: FailureCode): void {
    // On the lesson-over screens nothing can be retried: a send the end cut short says nothing.
    if (this.session.hasClassroom && isOver(this.session.classroom.status)) return;
    this.failure = { code, until: this.expiring(this.clock.now() + SHOWN_MS) };
    this.update({ ...this.current, failure: this.failure });
  }

  /** The student scrolled up in the chat: what they read stays on the page. */
  readChatBack(): void {
    this.chat.readBack();
    this.rebuild();
  }

  /** Back to the newest lines (the bottom reached, or 有新消息 tapped). */
  followChat(): void {
    this.chat.follow();
    this.rebuild();
  }

  /** Reading back at the top of the window: older lines, while the chat log holds them. */
  showEarlierChat(): void {
    if (this.session.hasClassroom && this.chat.earlier(this.session.classroom)) this.rebuild();
  }

  dispose(): void {
    this.stop?.();
    this.stop = undefined;
    this.listeners.clear();
  }

  private follow(kind: ChangeKind): void {
    if (!this.session.hasClassroom) return;
    if (kind === 'network') return this.update({ ...this.current, network: this.session.networkQuality });
    if (kind === 'volume') return this.update(this.withVolumes());
    this.update(this.build());
  }

  private build(): LessonView {
    const { session } = this;
    const classroom = session.classroom;
    const nameOf = this.namesIn(classroom);
    const layout = classroom.layout();
    const { chat, chatReading } = this.chat.of(classroom, nameOf);
    const teacher = classroom.roster.teacher;
    const now = this.clock.now();
    this.tickAt(nextToolChange(classroom, now));
    return {
      screen: screenOf(classroom.status, this.joinFailure !== null),
      status: classroom.status,
      title: classroom.title,
      teacherName: teacher.name,
      teacherSpeaking: speaking(session.volumes, teacher.userId),
      main: layout.main,
      teacherPip: layout.teacherPip,
      players: playersOf(classroom),
      coHosts: coHostsOf(classroom, session.volumes, nameOf),
      memberCount: classroom.memberCount,
      me: meOf(classroom),
      chat,
      chatReading,
      chatMuted: classroom.chatMuted,
      fullscreen: classroom.fullscreen,
      notice: this.noticeFor(classroom.status, nameOf),
      // A failure from before the end goes with it, for good (the expiry must not bring it back).
      failure: (this.failure = isOver(classroom.status) ? null : this.failure),
      joinFailure: this.joinFailure,
      exitReason: classroom.exitReason ?? null,
      dataSaver: { mode: classroom.dataSaver.current, auto: classroom.dataSaver.auto },
      recap: session.recap ? { messages: session.recap.messages, changes: [...session.recap.changes] } : null,
      network: session.networkQuality,
      invitation: invitationView(classroom, now),
      question: questionView(classroom, now),
      checkIn: checkInView(classroom, now),
      rewards: classroom.tools.rewards.countOf(classroom.me),
      clock: clockView(classroom, now),
    };
  }

  /** Rebuilds when a card's seconds or the clock's minutes change; one timer at a time, the earliest. */
  private tickAt(due: number | null): void {
    if (due === null || (this.tickDue !== null && this.tickDue <= due)) return;
    this.tickDue = due;
    void this.clock.delay(due - this.clock.now()).then(() => {
      if (this.tickDue !== due) return;
      this.tickDue = null;
      this.rebuild();
    });
  }

  /** The view again, when the chat moved without the classroom changing. */
  private rebuild(): void {
    if (this.stop && this.session.hasClassroom) this.update(this.build());
  }

  private withVolumes(): LessonView {
    const { volumes, classroom } = this.session;
    const teacherSpeaking = speaking(volumes, classroom.roster.teacher.userId);
    const coHosts = withSpeaking(this.current.coHosts, volumes);
    if (teacherSpeaking === this.current.teacherSpeaking && coHosts === this.current.coHosts) return this.current;
    return { ...this.current, teacherSpeaking, coHosts };
  }

  /** The notice the session's last class event or report gave, while it is fresh; none on the lesson-over screen. */
  private noticeFor(status: LessonStatus, nameOf: NameOf): LessonView['notice'] {
    const notice = this.session.notice;
    if (!notice || isOver(status)) return null;
    const until = notice.at + SHOWN_MS;
    if (this.clock.now() >= until) return null;
    const shown = { code: notice.code, until: this.expiring(until) };
    if (notice.about === undefined) return shown;
    // A reward read from the state on a return has no sender: the teacher gives rewards.
    const { roster, me } = this.session.classroom;
    return { ...shown, about: notice.about === me ? '你' : nameOf(notice.about), by: nameOf(notice.by ?? roster.teacher.userId) };
  }

  /** Rebuilds the timed parts when `until` has passed, once per distinct time. */
  private expiring(until: number): number {
    if (this.expiries.has(until)) return until;
    this.expiries.add(until);
    void this.clock.delay(until - this.clock.now()).then(() => {
      this.expiries.delete(until);
      this.expire();
    });
    return until;
  }

  private expire(): void {
    if (!this.stop) return;
    const now = this.clock.now();
    const { notice, failure } = this.current;
    if (this.failure && now >= this.failure.until) this.failure = null;
    const fresh = { notice: notice && now < notice.until ? notice : null, failure: this.failure };
    if (fresh.notice !== notice || fresh.failure !== failure) this.update({ ...this.current, ...fresh });
  }

  private update(next: LessonView): void {
    if (next === this.current) return;
    this.current = next;
    for (const listener of [...this.listeners]) listener(next);
  }
}
