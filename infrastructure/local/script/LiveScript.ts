import { Unsubscribe } from '../../../application/ports/Unsubscribe';
import { Listeners } from '../../shared/Listeners';
import { LessonScript } from './LessonScript';
import { MeDriver } from './MeDriver';
import { ScriptContext } from './ScriptContext';
import { phoneTaps } from './phoneTaps';
import { RealTime, realTime } from './realTime';
import { ScriptPlayer } from './ScriptPlayer';

/** How often real time moves the lesson's clock on, in real milliseconds. */
const TICK_MS = 50;
/** An action by hand while paused moves time on this much, so what it causes (and the page's next update) lands. */
export const PAUSED_ACTION_MS = 500;

/**
 * A lesson script played live: the same ScriptPlayer as the command line, its ManualClock moved
 * by real time at 1× or faster, with pause, step and jump. The student's `join` opens the lesson
 * page (which joins through its store); other `me` steps go to whatever taps for the student —
 * nothing on a phone, where the student taps, and the page's store in the preview.
 */
export class LiveScript {
  readonly player: ScriptPlayer<unknown>;
  private speedFactor = 1;
  private stopTicking: (() => void) | undefined;
  /** Lesson time real time has owed since the clock last moved. */
  private owed = 0;
  private tickQueued = false;
  private entered = false;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly changes = new Listeners<void>();

  constructor(
    readonly script: LessonScript,
    readonly context: ScriptContext,
    private readonly enter: () => Promise<unknown>,
    private readonly time: RealTime = realTime,
  ) {
    this.player = new ScriptPlayer<unknown>(script, context, this.entering(phoneTaps), () => null);
  }

  get playing(): boolean {
    return this.stopTicking !== undefined;
  }

  get speed(): number {
    return this.speedFactor;
  }

  /** `me`'s steps tap through these from now on (but the first join opens the page), and snapshots read `view`. */
  tapThrough(taps: MeDriver, view: () => unknown): void {
    this.player.driveMeWith(this.entering(taps), view);
  }

  /** The student's first join opens the lesson page, which joins by itself; a join after leaving is a tap. */
  private entering(taps: MeDriver): MeDriver {
    return {
      ...taps,
      join: (classId) => {
        if (this.entered) return taps.join(classId);
        this.entered = true;
        return this.enter();
      },
    };
  }

  play(): void {
    if (this.playing) return;
    this.stopTicking = this.time(TICK_MS, () => this.tick());
    this.changed();
  }

  pause(): void {
    this.stopTicking?.();
    this.stopTicking = undefined;
    this.owed = 0;
    this.changed();
  }

  setSpeed(speed: number): void {
    this.speedFactor = speed;
    this.changed();
  }

  /** Pauses, then plays the next step at its time. */
  step(): Promise<unknown> {
    this.pause();
    return this.run(() => this.player.step());
  }

  /** Plays fast up to `at` (a snapshot's moment), then goes on as before. */
  jumpTo(at: number): Promise<unknown> {
    return this.run(() => this.player.advanceTo(Math.max(at, this.player.now)));
  }

  /** An action by hand (the console, or a tap on the page), checked and recorded as a step now. */
  act(action: Readonly<Record<string, unknown>>): Promise<unknown> {
    return this.run(async () => {
      await this.player.act(action);
      if (!this.playing) await this.context.clock.advance(PAUSED_ACTION_MS);
    });
  }

  /** A snapshot step now: the student's view is recorded with the label, and a replay reads it at the same moment. */
  mark(label: string): Promise<unknown> {
    return this.run(async () => this.player.snapshot(label));
  }

  /** The student tapped the page: recorded as a `me` step now (a ScriptError if the format cannot say it). */
  tapped(action: Readonly<Record<string, unknown>>): void {
    this.player.recordTap(action);
    if (!this.playing) void this.run(() => this.context.clock.advance(PAUSED_ACTION_MS));
    else this.changed();
  }

  stop(): void {
    this.pause();
  }

  /** Resolves once everything asked of the script so far was played. */
  idle(): Promise<unknown> {
    return this.queue;
  }

  onChange(listener: () => void): Unsubscribe {
    return this.changes.add(listener);
  }

  private tick(): void {
    this.owed += TICK_MS * this.speedFactor;
    if (this.tickQueued) return;
    this.tickQueued = true;
    void this.run(() => {
      this.tickQueued = false;
      const ms = this.owed;
      this.owed = 0;
      return this.player.advanceTo(this.player.now + ms);
    });
  }

  /** One thing at a time: a tick waits for an action by hand, and the other way round. */
  private run<T>(work: () => Promise<T>): Promise<T> {
    const done = this.queue.then(work);
    // No Promise.prototype.finally: older WeChat runtimes lack it.
    this.queue = done.then(
      () => this.changed(),
      () => this.changed(),
    );
    return done;
  }

  private changed(): void {
    this.changes.emit();
  }
}
