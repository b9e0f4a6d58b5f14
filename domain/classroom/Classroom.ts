import { ChatLog } from '../chat/ChatLog';
import { ClassEvent, unchanged } from './ClassEvent';
import { DataSaver } from './DataSaver';
import { ClassState } from './ClassState';
import { commandEffects } from './commandEffects';
import { missedCommands, missedMutes } from './missedCommands';
import { HandRules } from './HandRules';
import { ClassroomParts } from './ClassroomParts';
import { ClassTools } from '../interactions/ClassTools';
import { ClassSchedule } from '../interactions/ClassSchedule';
import { ChatMessage } from '../chat/ChatMessage';
import { DomainError } from '../shared/DomainError';
import { fail, ok, Result } from '../shared/Result';
import { HandQueue } from './HandQueue';
import { Layout, layoutFor } from './Layout';
import { assertTransition, canTransition, ExitReason, isActive, LessonStatus } from './LessonStatus';
import { Device } from './Permission';
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
  /** The timetable's start and end, when the school gives them. */
  readonly schedule?: ClassSchedule;
}

export interface Publishing {
  readonly mic: boolean;
  readonly camera: boolean;
}

/** One lesson as this student lives it: the rules of the class, with no media or network in sight. */
export class Classroom implements ClassroomParts {
  readonly classId: string;
  readonly title: string;
  readonly roster: Roster;
  readonly me: string;
  readonly schedule: ClassSchedule | null;
  readonly stage: Stage;
  readonly hands = new HandQueue();
  readonly chat = new ChatLog();
  /** Raising and lowering hands, mine and my classmates'. */
  readonly handRules: HandRules = new HandRules(this);
  /** Invitations, the answer card, the check-in and rewards. */
  readonly tools: ClassTools;
  private streams = new Map<string, Stream>();
  private currentStatus: LessonStatus = 'joining';
  private reason: ExitReason | undefined;
  private wentLive = false;
  private seq = 0;
  /** Classmates the staff removed: they have no hand to raise in this class any more. */
  private readonly removed = new Set<string>();
  board = { on: false, page: 0 };
  chatMuted = false;
  memberCount = 0;
  fullscreen = false;
  /** The app is hidden: nothing is published, though what the student switched on is remembered. */
  inBackground = false;
  /** What the student receives of others' video (their choice, or lower on a poor network). */
  dataSaver: DataSaver = DataSaver.OFF;

  constructor(props: ClassroomProps) {
    if (props.roster.mayCommand(props.me)) throw new DomainError('CLASSROOM.ME_IS_STAFF', 'this client is for students');
    this.classId = props.classId;
    this.title = props.title;
    this.roster = props.roster;
    this.me = props.me;
    this.schedule = props.schedule ?? null;
    this.stage = new Stage(StageCapacity.create(props.stageCapacity));
    this.tools = new ClassTools({
      me: props.me,
      mayAddress: (userId) => this.roster.roleOf(userId) === 'student' && !this.removed.has(userId),
      onStage: (userId) => !!this.stage.find(userId),
    });
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

  /** A running lesson, or one being joined: the staff's commands and state are taken in, and shown once joined. */
  get takesStaffCommands(): boolean {
    return this.isActive || this.currentStatus === 'joining';
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
    const to: LessonStatus =
      reason === 'class-ended' ? 'ended' : reason === 'left' ? 'left' : reason === 'join-failed' ? 'error' : 'kicked';
    if (!canTransition(this.currentStatus, to)) return;
    this.moveTo(to);
    if (!this.reason) this.reason = reason;
    this.stage.clear();
    this.hands.clear();
    this.tools.clear();
    this.fullscreen = false;
  }

  /** The sequence number of the last staff command this class has taken in. */
  get sequence(): number {
    return this.seq;
  }

  /**
   * A staff command as it arrived: it takes effect only from staff, in a running lesson, and
   * when its number is the next one. After a skipped number it waits for the state (a missed
   * command may change what it means: a kick after an unseen end), unless `evenAfterGap`.
   * `at`: when it arrived, from which a timed card counts its seconds.
   */
  applyCommand(senderId: string, seq: number, command: TeacherCommand, evenAfterGap = false, at = 0): ClassEvent[] {
    if (!this.roster.mayCommand(senderId)) return [unchanged('not-staff')];
    if (!this.takesStaffCommands) return [unchanged('not-active')];
    if (!Number.isSafeInteger(seq) || seq < this.seq) return [unchanged('repeated')];
    // Repeats are dropped by message id before they get here: the same number again is another command.
    if (seq === this.seq) return [unchanged('repeated'), ...(seq > 0 ? [{ type: 'sequence-clash' as const, seq }] : [])];
    // An end is an end whatever was missed before it; anything else may mean something else after a missed command.
    if (seq > this.seq + 1 && !evenAfterGap && command.type !== 'endClass') return [{ type: 'sequence-gap', after: this.seq, before: seq }];
    this.seq = seq;
    // A grant takes my hand down for the staff as well.
    if (command.type === 'grant' && command.to === this.me) this.handRules.grantedMe();
    return commandEffects(this, command, { seq, at, senderId });
  }

  /**
   * The staff's stored state of the class, read on joining and on every return. An older state
   * than the commands already taken in changes nothing; otherwise the class becomes that state,
   * with the hands heard since `handsHeardSince` (a HandQueue mark) played again on top. The
   * state's times are on this phone's clock, and `now` is this phone's time.
   */
  applyState(state: ClassState, handsHeardSince = this.hands.mark(), now = 0): ClassEvent[] {
    if (!this.takesStaffCommands) return [unchanged('not-active')];
    if (state.seq < this.seq) return [unchanged('stale')];
    const since = this.seq;
    this.seq = state.seq;
    const missed = missedCommands(this, state);
    // A seat the state has to grant again was not held as stored when its mute came: that mute was missed too.
    const regranted = new Set(missed.flatMap((command) => (command.type === 'grant' ? [command.to] : [])));
    const events = missed.flatMap((command) => commandEffects(this, command, { seq: state.seq, at: now, senderId: '' }));
    if (!this.takesStaffCommands) return events;
    events.push(...missedMutes(this, state, since, regranted));
    this.stage.orderAs(state.stage.map((seat) => seat.userId));
    for (const userId of state.removed) if (userId !== this.me) this.removeClassmate(userId);
    const mayQueue = (userId: string) => !this.stage.find(userId) && this.roster.roleOf(userId) === 'student' && !this.removed.has(userId);
    this.hands.replaceWith(state.hands.filter(mayQueue));
    // The stored queue may not have taken in the hands heard live since the read began.
    this.hands.replaySince(handsHeardSince, mayQueue);
    this.handRules.keepMine(state.seq, mayQueue, state.hands.includes(this.me));
    events.push(...this.tools.applyState(state, now));
    return events;
  }

  isRemoved(userId: string): boolean {
    return this.removed.has(userId);
  }

  /** A classmate the staff removed: off the stage, out of the queue, and kept out of it. */
  removeClassmate(userId: string): void {
    this.removed.add(userId);
    this.stage.remove(userId);
    this.hands.lower(userId);
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

  setBoard(on: boolean, page = this.board.page): ClassEvent[] {
    const was = this.board.on;
    this.board = { on, page };
    this.noteTeacherActivity();
    return was === on ? [] : [{ type: on ? 'board-shown' : 'board-hidden' }];
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
    const plan = planPlayback(this.streams.values(), this.stage.members, (id) => this.roster.roleOf(id), this.me);
    return this.dataSaver.filter(plan, this.roster.teacher.userId);
  }

  layout(): Layout {
    const camera = this.streams.get(streamKey(this.roster.teacher.userId, 'camera'));
    // Under 仅音频 a teacher on camera is shown as their avatar: live, only not watched.
    const shown =
      camera && !this.dataSaver.showsTeacherVideo ? { ...camera, hasVideo: false, hasAudio: camera.hasAudio || camera.hasVideo } : camera;
    return layoutFor(this.board.on, shown);
  }

  streamOf(userId: string, source: Stream['source'] = 'camera'): Stream | undefined {
    return this.streams.get(streamKey(userId, source));
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
