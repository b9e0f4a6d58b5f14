import { MainView } from '../../domain/classroom/Layout';
import { LessonStatus } from '../../domain/classroom/LessonStatus';
import { Recap } from '../../domain/classroom/AwayRecap';
import { DataSaverMode } from '../../domain/classroom/DataSaver';
import { DeliveryState } from '../../domain/chat/ChatMessage';
import { LessonNotice } from '../session/LessonSession';
import { CheckInView, ClockView, InvitationView, LessonView, MeView, QuestionView } from './LessonView';

export type { DeviceView } from './LessonView';

/** Where messages may be missing: `{ gap: true }`, and nothing else. */
export type ChatGapLine = { readonly gap: true } & { readonly [field in Exclude<keyof ChatMessageLine, 'gap'>]?: undefined };

export interface ChatMessageLine {
  readonly from: string;
  readonly text?: string;
  readonly image?: true;
  readonly state?: DeliveryState;
  /** Only on my failed messages that the chat mute refused. */
  readonly reason?: 'chat-muted';
  /** Sent before the student arrived and handed over as they joined. */
  readonly earlier?: true;
  readonly gap?: undefined;
}

export type ChatLine = ChatMessageLine | ChatGapLine;

/**
 * The lesson view as lesson scripts and lesson-shaped tests compare it: a projection of the one
 * LessonView (names, slots, timings and ids left out), never a second reading of the session.
 */
export interface StudentView {
  readonly status: LessonStatus;
  readonly main: MainView;
  readonly teacherPip: boolean;
  readonly coHosts: readonly string[];
  readonly memberCount: number;
  readonly me: MeView;
  readonly chat: readonly ChatLine[];
  readonly chatMuted: boolean;
  readonly fullscreen: boolean;
  readonly notice: LessonNotice | null;
  readonly dataSaver: { readonly mode: DataSaverMode; readonly auto: boolean };
  readonly recap: Recap | null;
  readonly invitation: InvitationView | null;
  readonly question: QuestionView | null;
  readonly checkIn: CheckInView | null;
  readonly rewards: number;
  readonly clock: ClockView | null;
}

export function studentViewOf(view: LessonView): StudentView {
  return {
    status: view.status,
    main: view.main,
    teacherPip: view.teacherPip,
    coHosts: view.coHosts.map((coHost) => coHost.id),
    memberCount: view.memberCount,
    me: { ...view.me },
    chat: view.chat.map((line): ChatLine =>
      line.gap
        ? { gap: true }
        : {
            from: line.from,
            ...(line.text !== undefined ? { text: line.text } : { image: true as const }),
            ...(line.state ? { state: line.state } : {}),
            ...(line.reason ? { reason: line.reason } : {}),
            ...(line.earlier ? { earlier: true as const } : {}),
          },
    ),
    chatMuted: view.chatMuted,
    fullscreen: view.fullscreen,
    notice: view.notice?.code ?? null,
    dataSaver: { ...view.dataSaver },
    recap: view.recap ? { messages: view.recap.messages, changes: [...view.recap.changes] } : null,
    invitation: view.invitation,
    question: view.question,
    checkIn: view.checkIn,
    rewards: view.rewards,
    clock: view.clock,
  };
}
