import { ClassEvent } from '../../domain/classroom/ClassEvent';
import { ClassState } from '../../domain/classroom/ClassState';
import { InputDropLog } from '../events/InputDropLog';
import { ClassControlEvent, ClassControlPort } from '../ports/ClassControlPort';
import { Clock, Logger } from '../ports/PlatformPorts';
import { LessonSession } from '../session/LessonSession';
import { CheckGrantedDevices } from './CheckGrantedDevices';
import { PeriodicStateRead } from './PeriodicStateRead';
import { ReadAgain } from './ReadAgain';
import { KeptAnswers } from '../tools/KeptAnswers';

type CommandEvent = Extract<ClassControlEvent, { type: 'command' }>;
/** A command as it arrived: `at`, on this phone's clock, is when its timed card began. */
type HeldCommand = CommandEvent & { readonly at: number };

/** A read that has not answered by then has failed, so a hung request cannot hold the lesson. */
export const STATE_READ_TIMEOUT_MS = 10_000;

/** Held commands wait for this many failed reads, then are applied in order without the state. */
export const READS_BEFORE_GIVING_UP = 3;

/**
 * Keeps this student's class in step with the staff's: commands are taken in by sequence number,
 * the stored state is read after joining, on every return and whenever a number was skipped or
 * used twice, and commands that arrive before the first state has been read are held and applied
 * after it. A read that fails, or comes back older than what is held, is tried again later.
 */
export class FollowClassState {
  private held: HeldCommand[] = [];
  private synced = false;
  private reading: Promise<void> | undefined;
  private readAgain = false;
  private lesson = 0;
  private failedReads = 0;
  private readonly retry: ReadAgain;
  private readonly periodic: PeriodicStateRead;

  constructor(
    private readonly session: LessonSession,
    private readonly control: ClassControlPort,
    private readonly devices: CheckGrantedDevices,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly drops: InputDropLog,
    private readonly kept = new KeptAnswers(),
  ) {
    this.retry = new ReadAgain(
      clock,
      logger,
      () => this.goesOn(),
      () => this.readSoon('retry'),
    );
    this.periodic = new PeriodicStateRead(
      clock,
      () => this.periodicReadDue(),
      () => this.readSoon('periodic'),
    );
  }

  /** A new lesson: nothing held, no read of the last lesson shared, and its state not read yet. */
  reset(): void {
    this.lesson++;
    this.held = [];
    this.synced = false;
    this.reading = undefined;
    this.readAgain = false;
    this.failedReads = 0;
    this.retry.reset();
    this.periodic.start(() => (this.session.hasClassroom ? this.session.classroom.me : ''));
  }

  command(arriving: CommandEvent, evenAfterGap = false): void {
    const event = { ...arriving, at: this.clock.now() };
    if (!this.synced) {
      this.held.push(event);
      return;
    }
    const events = this.session.follow((classroom) =>
      classroom.applyCommand(event.senderId, event.seq, event.command, evenAfterGap, event.at),
    );
    // A command after a skipped number waits, with any after it, for the state that fills the gap.
    if (events.some((classEvent) => classEvent.type === 'sequence-gap')) {
      this.synced = false;
      this.held.push(event);
      return this.readSoon('sequence-gap');
    }
    this.take(events);
  }

  /** Reads the stored state and brings the class to it; concurrent calls share one read, then read once more. */
  catchUp(): Promise<void> {
    if (this.reading) {
      this.readAgain = true;
      return this.reading;
    }
    const reading = this.readUntilQuiet().finally(() => {
      if (this.reading === reading) this.reading = undefined;
    });
    this.reading = reading;
    return reading;
  }

  /** What the staff did may postdate the read in flight (the app was hidden meanwhile): read once more after it. */
  readAgainAfterCurrent(): void {
    if (this.reading) this.readAgain = true;
  }

  private async readUntilQuiet(): Promise<void> {
    const lesson = this.lesson;
    do {
      this.readAgain = false;
      // Hands heard from here on may postdate the stored queue; earlier ones it already holds.
      const heardSince = this.session.classroom.hands.mark();
      let state: ClassState | undefined;
      try {
        state = await this.readWithin(STATE_READ_TIMEOUT_MS);
      } catch (error) {
        if (lesson !== this.lesson) return;
        // Held commands wait for a read a few times; they must not wait on one that may never come.
        if (++this.failedReads >= READS_BEFORE_GIVING_UP) this.releaseHeld(true);
        this.retry.failed();
        throw error;
      }
      this.failedReads = 0;
      if (lesson !== this.lesson || !this.goesOn()) return;
      const stale = state !== undefined && state.seq < this.session.classroom.sequence;
      if (state === undefined) this.logger.warn('class_state.unreadable', {});
      else this.takeState(state, heardSince);
      this.releaseHeld(false);
      if (this.synced && !stale) this.retry.succeeded();
    } while (this.readAgain && this.goesOn());
  }

  private async readWithin(ms: number): Promise<ClassState | undefined> {
    const timeout = this.clock.delay(ms).then(() => 'timeout' as const);
    const outcome = await Promise.race([this.control.currentState(), timeout]);
    if (outcome === 'timeout') throw new Error(`the class state did not answer in ${ms} ms`);
    return outcome;
  }

  private takeState(state: ClassState, heardSince: number): void {
    const events = this.session.follow((classroom) => classroom.applyState(state, heardSince, this.clock.now()));
    if (events.some((event) => event.type === 'unchanged' && event.why === 'stale')) this.retry.stale(this.session.classroom.sequence);
    this.take(events);
  }

  /**
   * After a read: the held commands newer than the state, in order. One that still follows a gap
   * (the state is older than it) waits, with the rest, for a few more reads, then goes in anyway.
   */
  private releaseHeld(evenAfterGap: boolean): void {
    this.synced = true;
    const taken = this.session.hasClassroom ? this.session.classroom.sequence : 0;
    // The state read may already hold some of them; those are neither repeated nor a clash.
    const held = this.held.filter((event) => event.seq > taken).sort((a, b) => a.seq - b.seq);
    this.held = [];
    for (const [index, event] of held.entries()) {
      const events = this.session.follow((classroom) =>
        classroom.applyCommand(event.senderId, event.seq, event.command, evenAfterGap, event.at),
      );
      if (events.some((classEvent) => classEvent.type === 'sequence-gap')) {
        this.synced = false;
        this.held = held.slice(index);
        if (!this.retry.stale(this.session.classroom.sequence)) this.releaseHeld(true);
        return;
      }
      this.take(events);
    }
  }

  private take(events: readonly ClassEvent[]): void {
    for (const event of events) {
      if (event.type === 'granted-me') void this.devices.execute();
      else if (event.type === 'sequence-clash') this.readSoon(event.type);
      else if (event.type === 'question-opened' || event.type === 'question-closed') this.kept.restoreInto(this.session);
      else if (event.type === 'unchanged' && event.why === 'not-staff') this.drops.dropped('signal-not-staff', {});
    }
  }

  private readSoon(why: string): void {
    this.logger.info('class_state.read', { why, seq: this.session.classroom.sequence });
    this.catchUp().catch((error) => this.logger.warn('class_state.read_failed', { error: String(error) }));
  }

  /** Not while joining (the join reads), hidden (the return reads) or with a read already under way. */
  private periodicReadDue(): 'read' | 'skip' | 'over' {
    if (!this.goesOn()) return 'over';
    const { classroom } = this.session;
    return classroom.status === 'joining' || classroom.inBackground || this.reading ? 'skip' : 'read';
  }

  private goesOn(): boolean {
    return this.session.hasClassroom && this.session.classroom.takesStaffCommands;
  }
}
