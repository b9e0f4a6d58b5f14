import { MainView } from '../../domain/classroom/Layout';
import { LessonStatus } from '../../domain/classroom/LessonStatus';
import { Device } from '../../domain/classroom/Permission';
import { Classroom } from '../../domain/classroom/Classroom';
import { Recap } from '../../domain/classroom/AwayRecap';
import { DataSaverMode } from '../../domain/classroom/DataSaver';
import { DeliveryState } from '../../domain/chat/ChatMessage';
import { LessonNotice, LessonSession } from '../session/LessonSession';

export type DeviceView = 'on' | 'off' | 'not-allowed';

export interface ChatLine {
  readonly from: string;
  readonly text?: string;
  readonly image?: true;
  readonly state?: DeliveryState;
  /** Only on my failed messages that the chat mute refused. */
  readonly reason?: 'chat-muted';
  /** Sent before the student arrived and handed over as they joined. */
  readonly earlier?: true;
}

/** What the student sees, in plain data: the one read model that views, scripts and tests share. */
export interface StudentView {
  readonly status: LessonStatus;
  readonly main: MainView;
  readonly teacherPip: boolean;
  readonly coHosts: readonly string[];
  readonly memberCount: number;
  readonly me: {
    readonly hand: 'down' | 'raised';
    readonly queuePosition: number | null;
    readonly onStage: boolean;
    readonly mic: DeviceView;
    readonly camera: DeviceView;
  };
  readonly chat: readonly ChatLine[];
  readonly chatMuted: boolean;
  readonly fullscreen: boolean;
  readonly notice: LessonNotice | null;
  /** The data saver in force, and whether the app stepped down to it by itself. */
  readonly dataSaver: { readonly mode: DataSaverMode; readonly auto: boolean };
  /** The "while you were away" card on screen, or null. */
  readonly recap: Recap | null;
}

export const VISIBLE_CHAT = 50;

export function studentViewOf(session: LessonSession): StudentView {
  const classroom = session.classroom;
  const layout = classroom.layout();
  const position = classroom.hands.positionOf(classroom.me);
  return {
    status: classroom.status,
    main: layout.main,
    teacherPip: layout.teacherPip,
    coHosts: classroom.stage.members.map((coHost) => coHost.userId).filter((id) => id !== classroom.me),
    memberCount: classroom.memberCount,
    me: {
      hand: position === null ? 'down' : 'raised',
      queuePosition: position,
      onStage: !!classroom.stage.find(classroom.me),
      mic: deviceView(classroom, 'mic'),
      camera: deviceView(classroom, 'camera'),
    },
    chat: classroom.chat.messages.slice(-VISIBLE_CHAT).map((message) => ({
      from: message.from,
      ...(message.text !== undefined ? { text: message.text } : { image: true as const }),
      ...(message.state ? { state: message.state } : {}),
      ...(message.failedBecause ? { reason: message.failedBecause } : {}),
      ...(message.earlier ? { earlier: true as const } : {}),
    })),
    chatMuted: classroom.chatMuted,
    fullscreen: classroom.fullscreen,
    notice: session.notice?.code ?? null,
    dataSaver: { mode: classroom.dataSaver.current, auto: classroom.dataSaver.auto },
    recap: session.recap ? { messages: session.recap.messages, changes: [...session.recap.changes] } : null,
  };
}

function deviceView(classroom: Classroom, device: Device): DeviceView {
  const mine = classroom.stage.find(classroom.me);
  if (!mine || !mine.permission.allows(device) || !classroom.isActive) return 'not-allowed';
  return classroom.publishing()[device] ? 'on' : 'off';
}
