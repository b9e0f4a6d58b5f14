import { ClassState } from '../../domain/classroom/ClassState';
import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { DEFAULT_STAGE_CAPACITY } from '../../domain/classroom/StageCapacity';
import { ClassRules } from '../../infrastructure/shared/signalling/foldClassState';
import { checkCommand } from './checkCommand';
import { ClassCopy } from './ClassCopy';
import { Listeners } from './Listeners';
import { ChatLine, InvitationAnswer, StaffClock, Stored } from './ports';
import { fallbackRequestId, StaffEvents, StaffKitOptions, systemClock } from './StaffKitOptions';
import { ReplyWatch } from './ReplyWatch';
import { Sender } from './Sender';
import { StaffError } from './StaffError';
import { StateReads } from './StateReads';
import { StaffCommands } from './StaffCommands';

export type { StaffClass, StaffEvents, StaffKitOptions } from './StaffKitOptions';

/**
 * The staff side of the lesson protocol (docs/staff-kit.md), for any teacher client to embed:
 * commands go to the school server, which numbers and stores them; the IM instance the host owns
 * brings the hands, the commands back and the chat; the class is read back at start, after a
 * reconnect and when something was missed.
 */
export class StaffKit extends StaffCommands {
  private readonly listeners = new Listeners<StaffEvents>();
  private readonly copy: ClassCopy;
  private readonly reads: StateReads;
  private readonly replies: ReplyWatch;
  private readonly sender: Sender;
  private readonly clock: StaffClock;
  private readonly rules: ClassRules;
  private readonly stops: (() => void)[] = [];
  private readonly newRequestId: () => string;

  constructor(private readonly options: StaffKitOptions) {
    super(options.keep);
    const { classInfo, server } = options;
    const staff = new Set([classInfo.teacherId, ...classInfo.assistantIds]);
    this.rules = { stageCapacity: classInfo.stageCapacity ?? DEFAULT_STAGE_CAPACITY, isStudent: (id) => !staff.has(id) };
    this.clock = options.clock ?? systemClock;
    this.newRequestId = options.newRequestId ?? fallbackRequestId;
    this.copy = new ClassCopy(this.rules, staff);
    this.sender = new Sender(server, this.clock, (sending) => this.listeners.emit('sending', sending));
    this.reads = new StateReads(
      server,
      this.copy,
      this.clock,
      () => this.changed(),
      (error) => this.listeners.emit('readFailed', error),
    );
    this.replies = new ReplyWatch(server, this.clock, () => this.copy.state, {
      tally: (tally) => this.listeners.emit('tally', tally),
      checkIns: (checkIns) => this.listeners.emit('checkIns', checkIns),
      invitationAnswer: (answer) => void this.answered(answer),
      watched: (what) => this.listeners.has(what),
    });
  }

  get state(): ClassState {
    return this.copy.state;
  }

  get rev(): number {
    return this.copy.rev;
  }

  /** Whether the class has been read from the server since start (before it, commands are refused NOT_STARTED). */
  get connected(): boolean {
    return this.copy.read;
  }

  get stageCapacity(): number {
    return this.rules.stageCapacity;
  }

  isStaff(userId: string): boolean {
    return !this.rules.isStudent(userId);
  }

  on<Name extends keyof StaffEvents>(name: Name, listener: (value: StaffEvents[Name]) => void): () => void {
    const stop = this.listeners.on(name, listener);
    if (name === 'tally' || name === 'checkIns') this.replies.follow();
    return stop;
  }

  /** Hears the IM instance and reads the class; resolves once the first read answered (or failed). */
  async start(): Promise<void> {
    const { messaging } = this.options;
    this.stops.push(
      messaging.onSignal((event) => {
        const heard = this.copy.hear(event, this.clock.now());
        if (heard === 'stale') return;
        if (event.type === 'hand') this.listeners.emit('hand', { userId: event.senderId, raised: event.raised });
        this.changed();
        if (heard === 'behind' || event.type === 'command') void this.reads.read();
      }),
      messaging.onChat((line) => this.listeners.emit('chat', line)),
      messaging.onReconnect(() => void this.reads.read()),
      messaging.onPresence?.((userId, online) => this.listeners.emit('presence', { userId, online })) ?? (() => undefined),
    );
    await this.reads.read();
  }

  stop(): void {
    for (const stop of this.stops.splice(0)) stop();
    this.reads.stop();
    this.replies.stop();
  }

  /** Checks the command against the class as the kit holds it, then sends it; rejects with a StaffError. */
  send(command: TeacherCommand, requestId = this.newRequestId()): Promise<Stored> {
    if (!this.copy.read) return Promise.reject(new StaffError('NOT_STARTED', 'call start() and wait for it first', true));
    const checked = checkCommand(this.copy.state, command, this.rules);
    if (checked instanceof StaffError) return Promise.reject(checked);
    return this.sendUnchecked(checked, requestId);
  }

  /** Sends as it is, for a host that judges commands itself: the server and every student still judge it. */
  async sendUnchecked(command: TeacherCommand, requestId = this.newRequestId()): Promise<Stored> {
    const stored = await this.sender.send(command, requestId);
    if (this.copy.stored(command, stored.seq, stored.rev, this.clock.now()) === 'behind') void this.reads.read();
    this.changed();
    return stored;
  }

  /** Reads the class back now (the console's "refresh"). */
  refresh(): Promise<void> {
    return this.reads.read();
  }

  /** The question's answers so far, from the server. */
  tally(questionId: string): Promise<{ readonly counts: readonly number[]; readonly answered: number }> {
    return this.options.server.tally(questionId);
  }

  sendChat(content: { readonly text?: string; readonly imageUrl?: string; readonly file?: unknown }): Promise<ChatLine> {
    return this.options.messaging.sendChat(content);
  }

  private changed(): void {
    this.listeners.emit('state', { state: this.copy.state, rev: this.copy.rev });
    this.replies.follow();
  }

  /**
   * An accepted invitation still open in the class is granted, once: the request id is the
   * invitation's, so a second tab of the same teacher gets the same number back.
   */
  private async answered(answer: InvitationAnswer): Promise<void> {
    this.listeners.emit('invitationAnswer', answer);
    if (!answer.accepted || this.options.grantOnAccept === false) return;
    const find = () => this.copy.state.invitations.find((entry) => entry.seq === answer.seq && entry.to === answer.userId);
    // Another staff member's invitation this client has not heard yet: the server's state has it.
    if (!find()) await this.reads.read();
    const open = find();
    if (!open) return;
    const grant: TeacherCommand = { type: 'grant', to: open.to, mic: open.mic, camera: open.camera };
    await this.send(grant, `grant-on-invite-${answer.seq}`).catch(() => undefined);
  }
}
