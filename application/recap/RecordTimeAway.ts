import { ChatMessage } from '../../domain/chat/ChatMessage';
import { Recap, recapOf } from '../../domain/classroom/AwayRecap';
import { ClassEvent } from '../../domain/classroom/ClassEvent';
import { LessonStatus } from '../../domain/classroom/LessonStatus';
import { Clock } from '../ports/PlatformPorts';
import { LessonSession } from '../session/LessonSession';

/** A reconnect shorter than this is a blip: the student saw the banner and missed little. */
export const RECAP_AFTER_RECONNECT_MS = 10_000;
/** The card goes by itself after this long on screen, unless tapped away first. */
export const RECAP_SHOWN_MS = 10_000;
/**
 * How long after the return lines sent while away may still come and make a card: a resumed
 * poll is retried every 2 s by tim-wx-sdk (AVChatRoomHandler.MAX_POLLING_INTERVAL), and the
 * service may deliver again what it sent during the drop.
 */
export const RECAP_SETTLE_MS = 3_000;

interface Away {
  readonly since: number;
  background: boolean;
  /** The student is on screen again; the card waits only for the connection to come back. */
  foreground: boolean;
  readonly events: ClassEvent[];
  /** Chat already held when the student left: whatever else is there on return arrived meanwhile. */
  readonly chatBefore: ReadonlySet<string>;
}

/** A time away that has ended: what its card says, until when lines still belong to it, and whether it is on screen. */
interface Told {
  readonly away: Away;
  readonly until: number;
  readonly settledAt: number;
  recap: Recap | undefined;
  /** The serial of the card on screen, once the student can see it. */
  shown: number | undefined;
}

/**
 * The "while you were away" card. Time away starts when the app goes to the background or the
 * connection drops, and ends once the student is back and the return has caught up (the class
 * state read, the services restored). The class events taken in meanwhile, live and from the
 * catch-up, and the chat that arrived make the recap; a reconnect shorter than 10 s makes none.
 * Lines sent while away that come just after the return still count, and may make the card; a
 * card decided while the app is hidden waits for the student and its 10 s start on screen.
 */
export class RecordTimeAway {
  private away: Away | undefined;
  private status: LessonStatus | undefined;
  private serial = 0;
  private told: Told | undefined;

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
    if (this.away?.background) {
      this.away.foreground = true;
      if (this.session.classroom.status !== 'reconnecting') this.finish();
    }
    this.showIfVisible();
  }

  private statusIs(status: LessonStatus): void {
    const was = this.status;
    this.status = status;
    if (status === was) return;
    if (was === undefined || status === 'joining') return this.forget();
    if (status === 'reconnecting') return void this.start();
    if (!this.away) return;
    if (status === 'ended' && this.away.background) return this.finish();
    if (was !== 'reconnecting') return;
    // Still hidden: the time away goes on until the student is back on screen.
    if (this.away.background && !this.away.foreground) return;
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
    const now = this.clock.now();
    this.hide();
    this.told = { away, until, settledAt: now + RECAP_SETTLE_MS, recap: undefined, shown: undefined };
    this.recount();
  }

  /** Lines sent while away still count as they arrive; the first that makes news makes the card. */
  private recount(): void {
    const told = this.told;
    if (!told || this.away) return;
    if (told.shown !== undefined && this.session.recap !== told.recap) return;
    if (told.recap === undefined && this.clock.now() > told.settledAt) return;
    const next = recapOf(told.away.events, this.missedIn(told), this.session.classroom.me);
    if (!next || (told.recap && sameRecap(next, told.recap))) return;
    told.recap = next;
    if (told.shown !== undefined) this.session.setRecap(next);
    else this.showIfVisible();
  }

  private showIfVisible(): void {
    const told = this.told;
    if (!told?.recap || told.shown !== undefined || this.away) return;
    if (!this.session.hasClassroom || this.session.classroom.inBackground) return;
    const serial = (told.shown = ++this.serial);
    this.session.setRecap(told.recap);
    void this.clock.delay(RECAP_SHOWN_MS).then(() => {
      if (serial !== this.serial) return;
      this.told = undefined;
      if (this.session.hasClassroom) this.session.setRecap(null);
    });
  }

  /** A number, or unknown where the chat shows that messages went missing. */
  private missedIn(told: Told): number | 'unknown' {
    const fresh = this.session.classroom.chat.messages.filter((message) => !told.away.chatBefore.has(message.id));
    if (fresh.some((message) => message.gap)) return 'unknown';
    return this.arrivedSince(told.away).filter((message) => message.at <= told.until).length;
  }

  /** Chat from others that was not there when the student left (earlier chat is not news). */
  private arrivedSince(away: Away): ChatMessage[] {
    const { chat, me } = this.session.classroom;
    return chat.messages.filter((message) => !away.chatBefore.has(message.id) && message.from !== me && !message.earlier && !message.gap);
  }

  /** A card still on screen from an earlier time away gives way to the next one. */
  private hide(): void {
    if (this.told?.shown === undefined) return;
    this.serial++;
    if (this.session.recap === this.told.recap) this.session.setRecap(null);
  }

  private forget(): void {
    this.away = undefined;
    this.told = undefined;
    this.serial++;
  }
}

function sameRecap(a: Recap, b: Recap): boolean {
  return a.messages === b.messages && a.changes.join() === b.changes.join();
}
