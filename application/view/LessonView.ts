import { MainView } from '../../domain/classroom/Layout';
import { ExitReason, LessonStatus } from '../../domain/classroom/LessonStatus';
import { Recap } from '../../domain/classroom/AwayRecap';
import { DataSaverMode } from '../../domain/classroom/DataSaver';
import { StreamSource } from '../../domain/classroom/Stream';
import { DeliveryState } from '../../domain/chat/ChatMessage';
import { FailureCode } from '../../domain/shared/Result';
import { NetworkQuality } from '../ports/MediaRoomPort';
import { LessonNotice } from '../session/LessonSession';
import { Choice } from '../../domain/interactions/choices';
import { Delivery } from '../../domain/interactions/cards';

export type DeviceView = 'on' | 'off' | 'not-allowed';

/** Which screen the page shows: joining, the lesson itself, or the lesson-over screen. */
export type LessonScreen = 'joining' | 'lesson' | 'over';

/** One chat line in the window, in the classroom's words; the page turns it into text. */
export interface ChatLineView {
  /** The line's key: the message's id, or for my line the local id it was first shown under (lineKey). */
  readonly id: string;
  readonly from: string;
  /** The sender's name as the class knows it (staff from the roster, classmates from the given names). */
  readonly name: string;
  readonly mine: boolean;
  readonly text?: string;
  readonly imageUrl?: string;
  /** What the line shows of a picture: the small one where there is one. */
  readonly thumbUrl?: string;
  readonly state?: DeliveryState;
  /** Upload progress of my picture (0–100) while it is sending. */
  readonly progress?: number;
  /** Only on my failed messages that the chat mute refused. */
  readonly reason?: 'chat-muted';
  /** Sent before the student arrived and handed over as they joined. */
  readonly earlier?: true;
  /** The last earlier line: the page draws the divider under it. */
  readonly lastEarlier?: true;
  /** No message: some never reached the student here (from, name and text are empty). */
  readonly gap?: true;
}

export interface CoHostView {
  readonly id: string;
  readonly name: string;
  readonly video: boolean;
  readonly audio: boolean;
  readonly speaking: boolean;
  /** Rewards the teacher gave this classmate this lesson (the whole class sees them). */
  readonly rewards: number;
}

/** Where a played stream goes on the page: the teacher's under the stage, everyone else's in the row. */
export type PlayerSlot = 'main' | 'pip' | 'co-host' | 'unseen';

export interface PlayerView {
  readonly userId: string;
  readonly source: StreamSource;
  readonly slot: PlayerSlot;
  readonly place: 'stage' | 'row';
}

/** Something shown for a while: it is gone from the view once `until` has passed. */
export interface Timed<T> {
  readonly code: T;
  readonly until: number;
}

export interface MeView {
  readonly hand: 'down' | 'raised';
  readonly queuePosition: number | null;
  readonly onStage: boolean;
  readonly mic: DeviceView;
  readonly camera: DeviceView;
}

/** The teacher's invitation to the stage, while it is open and unanswered. */
export interface InvitationView {
  readonly mic: boolean;
  readonly camera: boolean;
  readonly secondsLeft: number;
}

/** The answer card: open for answers, then closed with the class's results. */
export interface QuestionView {
  readonly id: string;
  /** The options' own words, labelled A, B, … in this order. */
  readonly options: readonly string[];
  readonly multiple: boolean;
  /** My submitted answer, and whether the staff have it (已提交). */
  readonly mine: readonly Choice[] | null;
  readonly delivery: Delivery | null;
  readonly state: 'open' | 'closed';
  readonly secondsLeft: number | null;
  readonly correct: readonly Choice[] | null;
  readonly counts: Readonly<Partial<Record<Choice, number>>> | null;
  /** Whether my answer was the correct one; null for a poll, or when I did not answer. */
  readonly right: boolean | null;
}

export interface CheckInView {
  readonly id: string;
  readonly state: 'open' | 'done' | 'closed';
  /** I checked in, and the staff have it. */
  readonly mine: boolean;
  /** Tapped, not yet with the staff (on its way, or waiting for the network). */
  readonly pending: boolean;
  readonly secondsLeft: number | null;
}

/** The lesson's clock, to the minute: time left to the scheduled end, or with no end given, time since the start. */
export interface ClockView {
  readonly secondsLeft: number | null;
  readonly elapsed: number;
}

/** A notice on screen; a reward's names who was rewarded (`about`) and by whom (`by`). */
export interface NoticeView extends Timed<LessonNotice> {
  readonly about?: string;
  readonly by?: string;
}

/**
 * Everything the lesson page shows, in plain data and the classroom's words: the one read model
 * the page formats, the lesson scripts snapshot and the tests read (docs/architecture.md).
 */
export interface LessonView {
  readonly screen: LessonScreen;
  readonly status: LessonStatus;
  readonly title: string;
  readonly teacherName: string;
  readonly teacherSpeaking: boolean;
  readonly main: MainView;
  readonly teacherPip: boolean;
  readonly players: readonly PlayerView[];
  readonly coHosts: readonly CoHostView[];
  readonly memberCount: number;
  readonly me: MeView;
  readonly chat: readonly ChatLineView[];
  /**
   * Null while the student follows the chat. While they read back: whether newer lines wait below
   * (有新消息), and, after older lines came in above, the line that was on top, to keep in place.
   */
  readonly chatReading: { readonly unread: boolean; readonly keep: string | null } | null;
  readonly chatMuted: boolean;
  readonly fullscreen: boolean;
  readonly notice: NoticeView | null;
  /** A tap that failed (say, sending while muted). */
  readonly failure: Timed<FailureCode> | null;
  /** Why joining failed, when it failed before there was a classroom to show. */
  readonly joinFailure: FailureCode | null;
  readonly exitReason: ExitReason | null;
  /** The data saver in force, and whether the app stepped down to it by itself. */
  readonly dataSaver: { readonly mode: DataSaverMode; readonly auto: boolean };
  /** The "while you were away" card on screen, or null. */
  readonly recap: Recap | null;
  readonly network: NetworkQuality;
  readonly invitation: InvitationView | null;
  readonly question: QuestionView | null;
  readonly checkIn: CheckInView | null;
  /** How many rewards I have had this lesson. */
  readonly rewards: number;
  readonly clock: ClockView | null;
}
