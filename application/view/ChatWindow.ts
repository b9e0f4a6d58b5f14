import { ChatMessage } from '../../domain/chat/ChatMessage';

export const CHAT_WINDOW = {
  /** Lines on the page at any time: a phone screen shows about 10, and scrolling back gets 20 more at once. */
  lines: 30,
  /**
   * New lines shown per step (CHAT_STEP_MS) at most: chat at the IM group limit (40 a second, 5 a
   * step) flows line by line, and a burst (a reconnect's missed chat) comes in steps whose
   * payloads stay under 1 KB.
   */
  stepLines: 7,
  /** Older lines brought in when a student reading back reaches the top of the window. */
  earlierLines: 20,
} as const;

/** Between two steps of catching up: the page's data beat. */
export const CHAT_STEP_MS = 125;
/**
 * A line new on the page holds its place in the step for the step's whole length and the ms after
 * it: a flush of the page in the very ms a step begins may come before or after that step's lines,
 * so the next step waits one ms more, and no flush, one beat after the last, carries two steps.
 */
export const CHAT_CATCH_UP_MS = CHAT_STEP_MS + 1;

/**
 * The chat lines on the page: a fixed number, moving by one line per new message while the student
 * follows the chat, so the page updates one slot per line (ChatRing) instead of stepping a long list.
 * After a burst (a reconnect's missed chat) it catches up a few lines per step. While the student
 * reads back the window stays put, its lines kept here even once the chat log has dropped them,
 * so the line being read never leaves the page; reaching the top brings in older lines the log
 * still holds, and following again jumps to the newest.
 */
export class ChatWindow {
  private lines: readonly ChatMessage[] = [];
  private following = true;
  private jump = true;
  /**
   * When each line lately new on the page came: at most `stepLines` in any `stepMs`, a window that
   * slides rather than steps, so that no flush of the page (one a beat, wherever the beat falls)
   * carries two steps' worth of a burst.
   */
  private shownAt: number[] = [];
  private room = 0;
  /** Every line the log held at the last select: a line not among them is new, wherever it went. */
  private known = new Set<string>();
  /** While reading back: the newest line the student had when they scrolled up. */
  private readTo: string | undefined;
  /** A step is still owed: the window has not reached the newest line. */
  behind = false;
  /** While reading back: newer lines wait below what the student had (有新消息). */
  unread = false;
  /** After older lines came in above: the line that was on top, for the page to keep in place. */
  keep: string | null = null;

  constructor(
    private readonly size: { lines: number; stepLines: number; earlierLines: number } = CHAT_WINDOW,
    private readonly stepMs: number = CHAT_STEP_MS,
  ) {}

  get isFollowing(): boolean {
    return this.following;
  }

  /** The window over the chat log at `now` (ms): any `stepMs` allows `stepLines` new lines. */
  select(messages: readonly ChatMessage[], now: number): readonly ChatMessage[] {
    this.shownAt = this.shownAt.filter((at) => at >= now - this.stepMs);
    this.room = this.size.stepLines - this.shownAt.length;
    this.lines = this.following ? this.followed(messages, now) : this.held(messages);
    this.known = new Set(messages.map(lineKey));
    return this.lines;
  }

  /** The student scrolled up: the window holds still until they come back down. */
  readBack(): void {
    if (!this.following) return;
    this.following = false;
    this.behind = false;
    this.readTo = this.lines.length ? lineKey(this.lines[this.lines.length - 1]) : undefined;
  }

  /** Back at the bottom, or 有新消息 tapped: the newest lines, at once. */
  follow(): void {
    if (this.following) return;
    this.following = true;
    this.jump = true;
    this.unread = false;
    this.keep = null;
  }

  /** Reading back and at the top of the window: older lines, if the log still holds them; false when there are none. */
  earlier(messages: readonly ChatMessage[]): boolean {
    if (this.following || this.lines.length === 0) return false;
    const first = messages.findIndex((message) => lineKey(message) === lineKey(this.lines[0]));
    if (first <= 0) return false;
    const start = Math.max(0, first - this.size.earlierLines);
    this.keep = lineKey(this.lines[0]);
    this.lines = messages.slice(start, start + this.size.lines);
    return true;
  }

  private followed(messages: readonly ChatMessage[], now: number): readonly ChatMessage[] {
    const { lines, stepLines } = this.size;
    // A chat log started again (the class entered anew) keeps the old lines up until new ones come.
    if (messages.length === 0 && this.lines.length > 0) {
      this.behind = false;
      return this.lines;
    }
    const shown = this.jump || this.lines.length === 0 ? -1 : this.lastShown(messages);
    const firstFill = this.jump || this.lines.length === 0;
    this.jump = false;
    const inWindow = new Set(this.lines.map(lineKey));
    const fresh = (message: ChatMessage) => !inWindow.has(lineKey(message));
    // My own new line does not wait behind a burst: the window starts again at the newest lines
    // (one step's worth, so the call stays small), and what it skipped stays just above them, for
    // reading back.
    const mineWaiting = messages.some((message, index) => index > shown && message.state === 'sending' && fresh(message));
    if (firstFill || shown < 0 || (mineWaiting && this.newAfter(messages, shown, fresh) > this.room)) {
      // Following again: the newest lines. My line, or none of the window's lines left (a new chat
      // after re-entering the class): one step's worth of the newest, filling up from there.
      this.behind = false;
      return messages.slice(Math.max(0, messages.length - (firstFill ? lines : stepLines)));
    }
    const first = messages.findIndex((message) => lineKey(message) === lineKey(this.lines[0]));
    // A line the service placed above the window that was not in the log before (missed chat
    // fetched back): the window goes back to it, and plays on from there.
    const late = messages.findIndex((message, index) => index < first && !this.known.has(lineKey(message)));
    const start = late >= 0 ? late : first >= 0 && first <= shown ? first : shown;
    const kept = messages.slice(start, shown + 1);
    // New lines in this step, at most `stepLines`; lines already on the page (mine, sent since) do not count.
    let end = shown;
    let added = 0;
    while (end + 1 < messages.length && (added < this.room || !fresh(messages[end + 1]))) {
      end += 1;
      if (fresh(messages[end])) added += 1;
    }
    for (let line = 0; line < added; line += 1) this.shownAt.push(now);
    const window = [...kept, ...messages.slice(shown + 1, end + 1)];
    this.behind = end < messages.length - 1 || (late >= 0 && window.length > lines);
    return late >= 0 ? window.slice(0, lines) : window.slice(-lines);
  }

  /** Lines after `shown` that the window does not hold yet. */
  private newAfter(messages: readonly ChatMessage[], shown: number, fresh: (message: ChatMessage) => boolean): number {
    return messages.slice(shown + 1).filter(fresh).length;
  }

  /**
   * Where the window's newest line from others is now (my line, once sent, moves to where the
   * service placed it, so it does not say how far the window has got); or else the newest of its
   * lines still in the log.
   */
  private lastShown(messages: readonly ChatMessage[]): number {
    const others = this.lines.filter((line) => line.state === undefined);
    const last = others.length ? lineKey(others[others.length - 1]) : undefined;
    const at = last === undefined ? -1 : messages.findIndex((message) => lineKey(message) === last);
    if (at >= 0) return at;
    const keys = new Set(this.lines.map(lineKey));
    let shown = messages.length - 1;
    while (shown >= 0 && !keys.has(lineKey(messages[shown]))) shown -= 1;
    return shown;
  }

  /** The window as the student left it: each line as the log has it now, or as it was once the log let it go. */
  private held(messages: readonly ChatMessage[]): readonly ChatMessage[] {
    const byKey = new Map(messages.map((message, index) => [lineKey(message), index]));
    const lines = this.lines.map((line) => messages[byKey.get(lineKey(line)) ?? -1] ?? line);
    // New since the student scrolled up; once the log let that line go, everything it holds came after it.
    const read = this.readTo === undefined ? undefined : byKey.get(this.readTo);
    const after = read === undefined ? messages : messages.slice(read + 1);
    this.unread = this.readTo !== undefined && after.some((message) => !message.earlier && !message.gap);
    return lines;
  }
}

/** A line is the same line under the service's id as under the local id it was first shown with. */
export function lineKey(message: ChatMessage): string {
  return message.localId ?? message.id;
}
