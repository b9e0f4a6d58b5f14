import { LessonSession } from '../../application/session/LessonSession';
import { ChatMessage } from '../../domain/chat/ChatMessage';
import { DELIVERY_TEXT, FAILED_WHILE_MUTED_TEXT, HISTORY_DIVIDER_TEXT, LESSON_FORMAT, LESSON_TEXT } from './studentText';

/** A classmate on stage as the strip draws them. */
export interface CoHostItem {
  readonly id: string;
  readonly name: string;
  readonly video: boolean;
  readonly audio: boolean;
  readonly speaking: boolean;
  readonly [field: string]: string | boolean;
}

/** One chat line as the panel draws it; empty strings instead of missing fields, so paths can clear them. */
export interface ChatItem {
  readonly id: string;
  readonly who: string;
  readonly mine: boolean;
  readonly text: string;
  readonly image: string;
  readonly state: string;
  readonly stateText: string;
  /** Sent before the student arrived; never counted as new. */
  readonly earlier: boolean;
  /** The divider under the last earlier line (以上为历史消息), or ''. */
  readonly divider: string;
  readonly [field: string]: string | boolean;
}

/** A co-host louder than this (0–100) is shown as speaking; quieter levels are room noise. */
export const SPEAKING_VOLUME = 10;

export type NameOf = (userId: string) => string;

/**
 * Names by user id: the staff from the roster, classmates from the names the app was given. The
 * given names are copied into a Map once (own entries only), so an id such as `constructor` or
 * `__proto__` finds its own name or none, never something inherited from Object.prototype.
 */
export function nameResolver(session: LessonSession, classmateNames: Readonly<Record<string, string>> = {}): NameOf {
  const names = new Map(Object.entries(classmateNames).filter(([, name]) => typeof name === 'string'));
  return (userId) => {
    const classroom = session.classroom;
    if (userId === classroom.me) return LESSON_TEXT.me;
    return classroom.roster.nameOf(userId) ?? names.get(userId) ?? userId;
  };
}

export function coHostItem(session: LessonSession, userId: string, nameOf: NameOf): CoHostItem {
  const stream = session.classroom.streamOf(userId);
  return {
    id: userId,
    name: nameOf(userId),
    // Under either data saver mode, classmates' video is not received.
    video: !!stream?.hasVideo && session.classroom.dataSaver.current === 'off',
    audio: !!stream?.hasAudio,
    speaking: (session.volumes.get(userId) ?? 0) > SPEAKING_VOLUME,
  };
}

/** The chat lines as the panel draws them, with the divider under the last earlier one. */
export function chatItems(messages: readonly ChatMessage[], me: string, nameOf: NameOf): ChatItem[] {
  return messages.map((message, i) => chatItem(message, me, nameOf, !!message.earlier && !messages[i + 1]?.earlier));
}

export function chatItem(message: ChatMessage, me: string, nameOf: NameOf, lastEarlier = false): ChatItem {
  const uploading = message.state === 'sending' && message.progress !== undefined;
  return {
    id: message.id,
    who: nameOf(message.from),
    mine: message.from === me,
    text: message.text ?? '',
    image: message.imageUrl ?? '',
    state: message.state ?? '',
    stateText: uploading
      ? LESSON_FORMAT.uploading(message.progress ?? 0)
      : message.failedBecause === 'chat-muted'
        ? FAILED_WHILE_MUTED_TEXT
        : message.state
          ? DELIVERY_TEXT[message.state]
          : '',
    earlier: !!message.earlier,
    divider: lastEarlier ? HISTORY_DIVIDER_TEXT : '',
  };
}

/**
 * The chat lines on screen. The window start moves in steps rather than with every message, so
 * most arrivals are appended by path and the list the student is reading does not shift. A step
 * re-sends the whole list, so it is kept short (15 lines, about 2 KB) and rare (every 135
 * messages: once in about 3 s of a chat at the IM group limit of 40 a second), which keeps the
 * page's setData payloads small (BENCHMARKS.md).
 */
export class ChatWindow {
  private firstId: string | undefined;

  constructor(
    private readonly visible = 15,
    private readonly slack = 135,
  ) {}

  select(messages: readonly ChatMessage[]): readonly ChatMessage[] {
    let start = this.firstId === undefined ? -1 : messages.findIndex((message) => message.id === this.firstId);
    if (start < 0 || messages.length - start > this.visible + this.slack) start = Math.max(0, messages.length - this.visible);
    this.firstId = messages[start]?.id;
    return messages.slice(start);
  }
}
