import { ChatMessage } from '../../domain/chat/ChatMessage';
import { Recap, recapOf } from '../../domain/classroom/AwayRecap';
import { ClassEvent } from '../../domain/classroom/ClassEvent';
import { LessonStatus } from '../../domain/classroom/LessonStatus';
import { Clock } from '../ports/PlatformPorts';
import { LessonSession } from '../session/LessonSession';

/** A reconnect shorter than this is a blip: the student saw the banner and missed little. */
export const RECAP_AFTER_RECONNECT_MS = 10_000;
/** The card goes by itself after this long, unless tapped away first. */
export const RECAP_SHOWN_MS = 10_000;

interface Away {
  readonly since: number;
  background: boolean;
  /** The student is on screen again; the card waits only for the connection to come back. */
  foreground: boolean;
  readonly events: ClassEvent[];
  /** Chat already held when the student left: whatever else is there on return arrived meanwhile. */
  readonly chatBefore: ReadonlySet<string>;
}

/**
 * The "while you were away" card. Time away starts when the app goes to the background or the
 * connection drops, and ends once the student is back and the return has caught up (the class
 * state read, the services restored). The class events taken in meanwhile, live and from the
 * catch-up, and the chat that arrived make the recap; a reconnect shorter than 10 s makes none.
 */
export class RecordTimeAway {
  private away: Away | undefined;
  private status: LessonStatus | undefined;
  private shown = 0;
  /** The time away the card on screen tells of: messages sent in it may still be delivered late. */
  private told: { readonly away: Away; readonly until: number; readonly recap: Recap } | undefined;

  constructor(
    private readonly session: LessonSession,
    private readonly clock: Clock,
  ) {
    session.onClassEvents((events) => this.away?.events.push(...events));
    session.onChange((kind) => {
      if (kind !== 'state' || !session.hasClassroom) return;
      this.statusIs(session.classroom.status);
      this.recount();
    });
  }

  wentToBackground(): void {
    this.start().background = true;
  }

  /** Back on screen, after the foreground's catch-up; a connection still down is waited for. */
  backOnScreen(): void {
    if (!this.away?.background) return;
    this.away.foreground = true;
    if (this.session.classroom.status !== 'reconnecting') this.finish();
  }

  private statusIs(status: LessonStatus): void {
    const was = this.status;
    this.status = status;
    if (status === was) return;
    if (was === undefined || status === 'joining') return this.forget();
    if (status === 'reconnecting') return void this.start();
    if (was !== 'reconnecting' || !this.away) return;
    const long = this.clock.now() - this.away.since >= RECAP_AFTER_RECONNECT_MS;
    if (long || this.away.foreground || status === 'ended') this.finish();
    else if (!this.away.background) this.away = undefined;
  }

  private start(): Away {
    if (this.away) return this.away;
    const chatBefore = new Set(this.session.classroom.chat.messages.map((message) => message.id));
    return (this.away = { since: this.clock.now(), background: false, foreground: false, events: [], chatBefore });
  }

  private finish(): void {
    const away = this.away;
    this.away = undefined;
    if (!away) return;
    const classroom = this.session.classroom;
    // The removed and logged-elsewhere screens say all there is; a class that ended says so in the card.
    if (!classroom.isActive && classroom.status !== 'ended') return;
    const arrived = this.arrivedSince(away);
    // Send times are the service's: a phone clock behind it must not leave out what already arrived.
    const until = Math.max(this.clock.now(), ...arrived.map((message) => message.at));
    const recap = recapOf(away.events, arrived.length);
    if (!recap) return;
    const serial = ++this.shown;
    this.told = { away, until, recap };
    this.session.setRecap(recap);
    void this.clock.delay(RECAP_SHOWN_MS).then(() => {
      if (serial !== this.shown) return;
      this.told = undefined;
      if (this.session.hasClassroom) this.session.setRecap(null);
    });
  }

  /** Lines the service delivers again after the return, sent while the student was away, still count. */
  private recount(): void {
    const told = this.told;
    if (!told || this.session.recap !== told.recap) return;
    const messages = this.arrivedSince(told.away).filter((message) => message.at <= told.until).length;
    if (messages === told.recap.messages) return;
    const recap = { ...told.recap, messages };
    this.told = { ...told, recap };
    this.session.setRecap(recap);
  }

  /** Chat from others that was not there when the student left (earlier chat is not news). */
  private arrivedSince(away: Away): ChatMessage[] {
    const { chat, me } = this.session.classroom;
    return chat.messages.filter((message) => !away.chatBefore.has(message.id) && message.from !== me && !message.earlier);
  }

  private forget(): void {
    this.away = undefined;
    this.told = undefined;
    this.shown++;
  }
}
