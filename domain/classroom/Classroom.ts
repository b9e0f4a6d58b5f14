import { ChatLog } from '../chat/ChatLog';
import { ChatMessage } from '../chat/ChatMessage';
import { DomainError } from '../shared/DomainError';
import { fail, ok, Result } from '../shared/Result';
import { HandQueue } from './HandQueue';
import { Layout, layoutFor } from './Layout';
import { assertTransition, canTransition, ExitReason, isActive, LessonStatus } from './LessonStatus';
import { Device, Permission } from './Permission';
import { planPlayback, PlaybackEntry } from './PlaybackPlan';
import { Roster } from './Roster';
import { Stage } from './Stage';
import { StageCapacity } from './StageCapacity';
import { isLive, Stream, streamKey } from './Stream';
import { TeacherCommand } from './TeacherCommand';

export interface ClassroomProps {
  readonly classId: string;
  readonly title: string;
  readonly roster: Roster;
  readonly me: string;
  readonly stageCapacity?: number;
}

export interface Publishing {
  readonly mic: boolean;
  readonly camera: boolean;
}

/** One lesson as this student lives it: the rules of the class, with no media or network in sight. */
export class Classroom {
  readonly classId: string;
  readonly title: string;
  readonly roster: Roster;
  readonly me: string;
  readonly stage: Stage;
  readonly hands = new HandQueue();
  readonly chat = new ChatLog();
  private streams = new Map<string, Stream>();
  private currentStatus: LessonStatus = 'joining';
  private reason: ExitReason | undefined;
  private wentLive = false;
  board = { on: false, page: 0 };
  chatMuted = false;
  memberCount = 0;
  fullscreen = false;
  /** The app is hidden: nothing is published, though what the student switched on is remembered. */
  inBackground = false;

  constructor(props: ClassroomProps) {
    if (props.roster.mayCommand(props.me)) throw new DomainError('CLASSROOM.ME_IS_STAFF', 'this client is for students');
    this.classId = props.classId;
    this.title = props.title;
    this.roster = props.roster;
    this.me = props.me;
    this.stage = new Stage(StageCapacity.create(props.stageCapacity));
  }

  get status(): LessonStatus {
    return this.currentStatus;
  }

  get exitReason(): ExitReason | undefined {
    return this.reason;
  }

  get isActive(): boolean {
    return isActive(this.currentStatus);
  }

  joined(): void {
    this.moveTo(this.teacherIsLive() ? 'live' : 'waiting');
  }

  connectionLost(): void {
    if (this.currentStatus === 'waiting' || this.currentStatus === 'live') this.moveTo('reconnecting');
  }

  connectionRestored(): void {
    if (this.currentStatus === 'reconnecting') this.moveTo(this.wentLive ? 'live' : 'waiting');
  }

  /** Ends the lesson for this student; only the first ending counts. */
  finish(reason: ExitReason): void {
    const to: LessonStatus = reason === 'class-ended' ? 'ended' : reason === 'left' ? 'left' : reason === 'join-failed' ? 'error' : 'kicked';
    if (!canTransition(this.currentStatus, to)) return;
    this.moveTo(to);
    if (!this.reason) this.reason = reason;
    this.stage.clear();
    this.hands.clear();
    this.fullscreen = false;
  }

  applyCommand(senderId: string, command: TeacherCommand): Result {
    if (!this.roster.mayCommand(senderId)) return fail('COMMAND.NOT_AUTHORIZED', `${senderId} is a ${this.roster.roleOf(senderId)}`);
    if (!this.isActive) return fail('LESSON.NOT_ACTIVE');
    switch (command.type) {
      case 'grant':
        return this.grant(command.to, Permission.of(command));
      case 'revoke':
        this.stage.remove(command.to);
        return ok();
      case 'muteAll':
        this.stage.muteAll();
        return ok();
      case 'muteChat':
        this.chatMuted = command.on;
        return ok();
      case 'kick':
        if (command.to === this.me) this.finish('removed');
        else this.memberLeft(command.to);
        return ok();
      case 'endClass':
        this.finish('class-ended');
        return ok();
    }
  }

  raiseHand(userId: string, at: number): Result {
    if (!this.isActive) return fail('LESSON.NOT_ACTIVE');
    if (this.stage.find(userId)) return fail('HAND.ON_STAGE');
    this.hands.raise(userId, at);
    return ok();
  }

  lowerHand(userId: string): Result {
    this.hands.lower(userId);
    return ok();
  }

  setMyDevice(device: Device, on: boolean): Result {
    if (!this.isActive) return fail('LESSON.NOT_ACTIVE');
    return this.stage.setDevice(this.me, device, on);
  }

  updateStream(stream: Stream): void {
    const key = streamKey(stream.userId, stream.source);
    if (isLive(stream)) this.streams.set(key, stream);
    else this.streams.delete(key);
    this.noteTeacherActivity();
  }

  /** After re-entering the media room, the room's own report says again who is live. */
  forgetStreams(): void {
    this.streams.clear();
  }

  setBoard(on: boolean, page = this.board.page): void {
    this.board = { on, page };
    this.noteTeacherActivity();
  }

  memberLeft(userId: string): void {
    this.stage.remove(userId);
    this.hands.lower(userId);
  }

  canSendChat(): Result {
    if (!this.isActive) return fail('LESSON.NOT_ACTIVE');
    return this.chatMuted ? fail('CHAT.MUTED') : ok();
  }

  receiveChat(message: ChatMessage): boolean {
    return this.chat.add(message);
  }

  /** What this device should publish now: granted, switched on, and only in a running lesson. */
  publishing(): Publishing {
    const mine = this.stage.find(this.me);
    if (!mine || !this.isActive || this.inBackground) return { mic: false, camera: false };
    return { mic: mine.permission.mic && mine.micOn, camera: mine.permission.camera && mine.cameraOn };
  }

  playback(): PlaybackEntry[] {
    if (!this.isActive) return [];
    return planPlayback(this.streams.values(), this.stage.members, (id) => this.roster.roleOf(id), this.me);
  }

  layout(): Layout {
    return layoutFor(this.board.on, this.streams.get(streamKey(this.roster.teacher.userId, 'camera')));
  }

  streamOf(userId: string, source: Stream['source'] = 'camera'): Stream | undefined {
    return this.streams.get(streamKey(userId, source));
  }

  private grant(userId: string, permission: Permission): Result {
    if (this.roster.roleOf(userId) !== 'student') return fail('COMMAND.INVALID', 'only students are granted the stage');
    const result = this.stage.grant(userId, permission);
    if (result.ok) this.hands.lower(userId);
    return result;
  }

  /** The lesson goes live the first time the teacher shows up, and stays live through pauses. */
  private noteTeacherActivity(): void {
    if (!this.teacherIsLive()) return;
    if (this.currentStatus === 'waiting') this.moveTo('live');
    else this.wentLive = true;
  }

  private teacherIsLive(): boolean {
    return this.board.on || isLive(this.streamOf(this.roster.teacher.userId));
  }

  private moveTo(status: LessonStatus): void {
    assertTransition(this.currentStatus, status);
    this.currentStatus = status;
    if (status === 'live') this.wentLive = true;
  }
}
