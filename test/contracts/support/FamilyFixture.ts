import { Container } from 'inversify';
import { ChatPort, ImLogin, KickedOfflineReason } from '../../../application/ports/ChatPort';
import { ClassControlPort, ClassState } from '../../../application/ports/ClassControlPort';
import { ClassInfo, ClassroomBackendPort, PersonInfo } from '../../../application/ports/ClassroomBackendPort';
import { MediaRoomPort, MediaTicket } from '../../../application/ports/MediaRoomPort';
import { BoardState, WhiteboardPort } from '../../../application/ports/WhiteboardPort';
import { LessonUseCases } from '../../../application/LessonUseCases';
import { Publishing } from '../../../domain/classroom/Classroom';
import { PlaybackEntry } from '../../../domain/classroom/PlaybackPlan';
import { StreamSource } from '../../../domain/classroom/Stream';
import { TeacherCommand } from '../../../domain/classroom/TeacherCommand';
import { ManualClock } from '../../../infrastructure/local/ManualClock';
import { MemoryLogger } from '../../../infrastructure/shared/MemoryLogger';

/**
 * What an adapter family gives the contract suites (test/contracts/*.contract.test.ts) and the
 * same-lesson test. A family passes by implementing `FamilyFixture` over its own services or SDK
 * stand-ins and adding one line to `families.ts`; the suites never name a family's classes.
 *
 * Every family plays the same class, with the same people, so that views can be compared.
 */
export const LESSON = {
  classId: 'math-101',
  title: '函数的单调性',
  teacher: { userId: 't1', name: '王老师' },
  assistant: { userId: 'a1', name: '李助教' },
  student: { userId: 's1', name: '小明' },
  /** Someone else in the class: not staff, so any command they send is a spoof. */
  classmate: { userId: 's2', name: '小红' },
  roomId: '1001',
  chatGroupId: 'math-101-chat',
  signalGroupId: 'math-101-signal',
} as const;

/**
 * Who is in the chat and signalling groups (and the room) before the student arrives, in every
 * family, so member counts agree. They publish nothing until the far side says so.
 */
export const PRESENT_AT_START: readonly string[] = [LESSON.teacher.userId, LESSON.assistant.userId, LESSON.classmate.userId];

/** The class info as the school platform gives it, in every family. */
export function lessonClassInfo(): ClassInfo {
  const staff = (person: PersonInfo): PersonInfo => ({ userId: person.userId, name: person.name });
  return {
    classId: LESSON.classId,
    title: LESSON.title,
    teacher: staff(LESSON.teacher),
    assistants: [staff(LESSON.assistant)],
    roomId: LESSON.roomId,
    chatGroupId: LESSON.chatGroupId,
    signalGroupId: LESSON.signalGroupId,
  };
}

export interface FamilyFixture {
  /** As it reads in test names: 'local', 'tencent', 'tic'. */
  readonly name: string;
  /** What this family's services can express at all; suites skip only what a family cannot do. */
  readonly abilities: FamilyAbilities;
  /** A fresh lesson: new services (or stand-ins), a new container, nobody joined yet. */
  lesson(): Promise<FamilyLesson>;
}

export interface FamilyAbilities {
  /** The board has pages the teacher turns (a board pushed as video has none: always page 0). */
  readonly boardPages: boolean;
  /**
   * The chat can send pictures (default true). A family that cannot must say so plainly:
   * `sendImage` refuses with PortError UNSUPPORTED.
   */
  readonly chatImages?: boolean;
  /**
   * The following default to true. A family whose SDK cannot do one says so here, and the
   * matching cases are skipped for it; docs/adapters.md lists what the app loses with each.
   */
  /** Chat and signalling are separate groups (TIC has one group per classroom). */
  readonly separateGroups?: boolean;
  /** The chat port reports its connection dropping and returning. */
  readonly chatConnection?: boolean;
  /** A sign-out says why (another login, or an expired signature). */
  readonly kickReasons?: boolean;
  /** Each camera, microphone and board change is reported as a stream. */
  readonly streamDetail?: boolean;
  /** Playback follows the plan stream by stream (webrtc-room plays every member itself). */
  readonly perStreamPlayback?: boolean;
  /** The chat group can hand a member who joins its recent messages (IM's history for new members of a live group). */
  readonly chatHistory?: boolean;
  /** The chat reports how many are in the group (TIC's WebIM v1 has no count). */
  readonly memberCount?: boolean;
  /** The media room tells a removal from any other exit (webrtc-room reports every exit alike). */
  readonly roomRemoval?: boolean;
}

/** A case that needs an ability runs only for families that have it. */
export const whenAble = (has: boolean | undefined) => (has === false ? it.skip : it);

/**
 * One student's app and everything around it, on one family. A lesson starts where the app
 * stands after JoinLesson's first step: the ports are built by the composition root
 * (`createContainer`) and the class info has been read, so adapters that judge senders or look
 * for the teacher know the staff. Nothing is logged in, entered, joined or opened.
 */
export interface FamilyLesson {
  /** The composition root `createContainer` built for this family; every port token resolves in it. */
  readonly container: Container;
  readonly clock: ManualClock;
  /** The logger the container was given (signal drops are logged here). */
  readonly logger: MemoryLogger;
  /** The student's ports: the very instances the container bound, and that `app()` uses. */
  readonly ports: StudentPorts;
  /** Credentials this family's services accept for the student (for `ChatPort.login`). */
  readonly login: ImLogin;
  /** The ticket this family's media room accepts for the student (for `MediaRoomPort.enter`). */
  readonly ticket: MediaTicket;
  /** The teacher, classmates, board service and network, acting on this family's services. */
  readonly far: FarSide;
  /** What the services see of the student: what they publish, what their screen plays. */
  readonly observe: StudentObservation;
  /**
   * Brings up whatever this family's board rides on, so the board suite need know nothing
   * about it (the Tencent aux-stream board is a video in the media room: it enters the room).
   * Suites call it right after `whiteboard.open`, as JoinLesson enters the room alongside
   * opening the board. Most families have nothing to do.
   */
  readyForBoard(): Promise<void>;
  /** The lesson's use cases over these same ports (built on first call, one per lesson). */
  app(): LessonUseCases;
  /** Lets simulated time stand still while every pending promise and delivery settles. */
  settle(): Promise<void>;
  /** Undoes anything global the family installed (a stand-in `wx`). */
  dispose(): void;
}

export interface StudentPorts {
  readonly media: MediaRoomPort;
  /** Chat and class control share one messaging login, made through `chat.login`. */
  readonly chat: ChatPort;
  readonly control: ClassControlPort;
  readonly whiteboard: WhiteboardPort;
  readonly backend: ClassroomBackendPort;
}

/**
 * Everyone and everything else in the lesson, acting as their own clients or the services
 * would. Messages reach the student only while the student is in the group or room, as on the
 * real services; the far side never calls the student's adapters.
 */
export interface FarSide {
  /**
   * A teacher's or assistant's client sends the command to the school server, which numbers it,
   * folds it into the stored state and publishes it on the signalling group as theirs
   * (docs/signalling.md, v3). Anyone else's client can only post a forged one with a guessed number.
   */
  command(command: TeacherCommand, from?: string): void;
  /** A student's client raising or lowering their hand. */
  hand(from: string, raised: boolean): void;
  /** Exactly these bytes on the signalling group, for malformed and foreign messages. */
  rawSignal(from: string, data: string, extension?: string): void;
  /**
   * The school server holds this class state (as the staff's commands made it), or answers these
   * raw bytes; with `writer` other than the teacher, that person's client tries to change the
   * state on the server, which refuses anyone but the class's staff.
   */
  setClassState(state: ClassState | string, writer?: string): Promise<unknown>;
  /** A text in the chat group, or in another of the class's groups (to show chat hears only its own). */
  chat(from: string, text: string, groupId?: string): void;
  /** Someone comes into the chat group. */
  joinsChat(userId: string): void;
  /** Someone who is in the chat group leaves it. */
  leavesChat(userId: string): void;
  /** From now on the chat group hands a member who joins its last `count` messages (families with the `chatHistory` ability). */
  chatHistory(count: number): void;
  /** Someone publishes (or with neither, stops) their camera or the board stream in the media room. */
  publish(userId: string, source: StreamSource, media: { readonly audio: boolean; readonly video: boolean }): void;
  /** The teacher's board: shown or hidden, and on which page. */
  board(state: BoardState): void;
  /** The student's network drops (`false`) or comes back (`true`), for messaging and media alike. */
  network(up: boolean): void;
  /** The media room removes the student. */
  kickFromRoom(): void;
  /** The messaging service signs the student out. */
  kickOffline(reason: KickedOfflineReason): void;
  /** The school platform now says the class is over. */
  classOver(): void;
}

export interface StudentObservation {
  /** What the room carries of the student's own camera stream (both false when nothing). */
  published(): Publishing;
  /** What the student's screen plays of the room's streams (a stream muted both ways is not playing). */
  playing(): readonly PlaybackEntry[];
  /** The hands the student's client sent, in order, as the teacher's client reads them. */
  handsHeardByTeacher(): readonly boolean[];
}
