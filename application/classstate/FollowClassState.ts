import { ClassEvent } from '../../domain/classroom/ClassEvent';
import { ClassState } from '../../domain/classroom/ClassState';
import { InputDropLog } from '../events/InputDropLog';
import { ClassControlEvent, ClassControlPort } from '../ports/ClassControlPort';
import { Clock, Logger } from '../ports/PlatformPorts';
import { LessonSession } from '../session/LessonSession';
import { CheckGrantedDevices } from './CheckGrantedDevices';

type CommandEvent = Extract<ClassControlEvent, { type: 'command' }>;

/** A stored state older than the commands already taken in is retried this often, then given up on. */
export const STALE_STATE_RETRY_MS = [1_000, 2_000, 4_000, 8_000];

/**
 * Keeps this student's class in step with the staff's: commands are taken in by sequence number,
 * the stored state is read after joining, on every return and whenever a number was skipped, and
 * commands that arrive before the first state has been read are held and applied after it.
 */
export class FollowClassState {
  private held: CommandEvent[] = [];
  private synced = false;
  private reading: Promise<void> | undefined;
  private readAgain = false;
  private staleRetries = 0;
  private lesson = 0;
  private handsHeardSince = 0;

  constructor(
    private readonly session: LessonSession,
    private readonly control: ClassControlPort,
    private readonly devices: CheckGrantedDevices,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly drops: InputDropLog,
  ) {}

  /** A new lesson: nothing held, and its state not read yet. */
  reset(): void {
    this.lesson++;
    this.held = [];
    this.synced = false;
    this.readAgain = false;
    this.staleRetries = 0;
  }

  /** The signalling group has just been joined: from here on every hand is heard live. */
  listening(): void {
    if (this.session.hasClassroom) this.handsHeardSince = this.session.classroom.hands.mark();
  }

  command(event: CommandEvent): void {
    if (!this.synced) {
      this.held.push(event);
      return;
    }
    this.take(this.session.follow((classroom) => classroom.applyCommand(event.senderId, event.seq, event.command)));
  }

  /** Reads the stored state and brings the class to it; concurrent calls share one read, then read once more. */
  catchUp(): Promise<void> {
    if (this.reading) {
      this.readAgain = true;
      return this.reading;
    }
    const reading = this.readUntilQuiet().finally(() => (this.reading = undefined));
    this.reading = reading;
    return reading;
  }

  private async readUntilQuiet(): Promise<void> {
    const lesson = this.lesson;
    do {
      this.readAgain = false;
      let state: ClassState | undefined;
      try {
        state = await this.control.currentState();
      } catch (error) {
        // Commands must not wait on a read that may never come: take them in, and let the
        // next return (the service will report the drop) read the state again.
        if (lesson === this.lesson) this.releaseHeld();
        throw error;
      }
      if (lesson !== this.lesson || !this.goesOn()) return;
      if (state === undefined) this.logger.warn('class_state.unreadable', {});
      else this.takeState(state);
      this.releaseHeld();
    } while (this.readAgain && this.goesOn());
  }

  private takeState(state: ClassState): void {
    const events = this.session.follow((classroom) => classroom.applyState(state, this.handsHeardSince));
    if (!events.some((event) => event.type === 'unchanged' && event.why === 'stale')) this.staleRetries = 0;
    this.take(events);
  }

  private releaseHeld(): void {
    this.synced = true;
    const held = this.held.sort((a, b) => a.seq - b.seq);
    this.held = [];
    for (const event of held) this.command(event);
  }

  private take(events: readonly ClassEvent[]): void {
    for (const event of events) {
      if (event.type === 'granted-me') void this.devices.execute();
      else if (event.type === 'sequence-gap') this.readSoon(event);
      else if (event.type === 'unchanged' && event.why === 'stale') this.retryStale();
      else if (event.type === 'unchanged' && event.why === 'not-staff') this.drops.dropped('signal-not-staff', {});
    }
  }

  private readSoon(gap: Extract<ClassEvent, { type: 'sequence-gap' }>): void {
    this.logger.info('class_state.gap', { after: gap.after, before: gap.before });
    this.catchUp().catch((error) => this.logger.warn('class_state.read_failed', { error: String(error) }));
  }

  /** The staff write their state just after their command; a read in between comes back older. */
  private retryStale(): void {
    const wait = STALE_STATE_RETRY_MS[this.staleRetries++];
    this.logger.info('class_state.stale_read', { seq: this.session.classroom.sequence, retryInMs: wait ?? null });
    if (wait === undefined) return;
    const lesson = this.lesson;
    void this.clock.delay(wait).then(() => {
      if (lesson === this.lesson && this.goesOn()) this.readSoon({ type: 'sequence-gap', after: this.session.classroom.sequence, before: this.session.classroom.sequence });
    });
  }

  private goesOn(): boolean {
    return this.session.hasClassroom && this.session.classroom.isActive;
  }
}
