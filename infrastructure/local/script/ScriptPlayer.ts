import { settle } from '../ManualClock';

/** How long, in simulated time, a script's end waits for the taps still under way. */
const AFTER_THE_END_MS = 60_000;
import { ActionStep, LessonScript, ScriptError, ScriptStep } from './LessonScript';
import { MeDriver } from './MeDriver';
import { parseLessonScript } from './parseLessonScript';
import { playMe } from './playMe';
import { playOthers } from './playOthers';
import { ScriptContext } from './ScriptContext';

/** A step as it is written in a script file: `at` plus the action's or snapshot's own fields. */
export type WrittenStep = Readonly<Record<string, unknown>> & { readonly at: number };

/** What the student saw at a snapshot step: the view is whatever the player's `view` reads. */
export interface ScriptSnapshot<View> {
  readonly snapshot: string;
  readonly at: number;
  readonly view: View;
}

/**
 * Plays a parsed script on an emulator context, a step at a time or up to a moment, and takes
 * actions by hand in between (the preview's console). Everything played, by the script or by hand,
 * is recorded as written steps, so `recording()` is a script that replays to the same views.
 */
export class ScriptPlayer<View = unknown> {
  private next = 0;
  private readonly played: WrittenStep[] = [];
  private readonly pending: Promise<unknown>[] = [];
  readonly snapshots: ScriptSnapshot<View>[] = [];

  constructor(
    readonly script: LessonScript,
    private readonly context: ScriptContext,
    private driver: MeDriver,
    private readView: () => View,
  ) {}

  /** What the student sees now, as a snapshot step would record it. */
  view(): View {
    return this.readView();
  }

  /** `me` acts through another driver, and the view is read another way, from now on (the preview's page, once it is open). */
  driveMeWith(driver: MeDriver, view?: () => View): void {
    this.driver = driver;
    if (view) this.readView = view;
  }

  /** How many of the script's steps were played. */
  get playedSteps(): number {
    return this.next;
  }

  get now(): number {
    return this.context.clock.now();
  }

  /** The script's next step, or undefined once every step was played. */
  get upcoming(): ScriptStep | undefined {
    return this.script.steps[this.next];
  }

  /** Plays every step due by `at` in order, then leaves the clock at `at`. */
  async advanceTo(at: number): Promise<void> {
    while (this.upcoming && this.upcoming.at <= at) await this.step();
    await this.context.clock.advance(Math.max(0, at - this.now));
  }

  /** Moves the clock to the next step's time and plays it. */
  async step(): Promise<ScriptStep | undefined> {
    const step = this.upcoming;
    if (!step) return undefined;
    this.next += 1;
    await this.context.clock.advance(Math.max(0, step.at - this.now));
    await this.play(step);
    return step;
  }

  /** Plays the rest of the script, and lets what it started finish. */
  async playToEnd(settleMs: number): Promise<void> {
    while (this.upcoming) await this.step();
    let settled = false;
    const all = Promise.all(this.pending).then(() => (settled = true));
    await this.context.clock.advance(settleMs);
    // A tap may still be resending on its own timers (a check-in waiting for the network): time goes on a while for it.
    for (let waited = 0; !settled && waited < AFTER_THE_END_MS; waited += settleMs) await this.context.clock.advance(settleMs);
    if (settled) await all;
  }

  /**
   * Someone acts now, by hand: the action is checked as a step written at this moment would be
   * (a ScriptError says what is wrong, and nothing is played), then played and recorded.
   */
  async act(action: Readonly<Record<string, unknown>>): Promise<void> {
    const { step, written } = this.checked(action);
    await this.play(step, written);
  }

  /**
   * A tap the student made on the page itself (the preview): checked and recorded as a `me` step
   * now, not played again. A ScriptError says what the format cannot express, and nothing is recorded.
   */
  recordTap(action: Readonly<Record<string, unknown>>): void {
    const { step, written } = this.checked({ ...action, by: 'me' });
    if (step.by !== 'me') throw new ScriptError("a tap on the page is the student's own");
    this.played.push(written);
  }

  private checked(action: Readonly<Record<string, unknown>>): { step: ActionStep; written: WrittenStep } {
    const { at: _at, ...fields } = action;
    const written: WrittenStep = { at: this.now, ...fields };
    const checked = parseLessonScript(this.scriptOf([...this.played, written]));
    const step = checked.steps[checked.steps.length - 1];
    if (!('do' in step)) throw new ScriptError('an action needs "by" and "do"');
    return { step, written };
  }

  /** A snapshot now, recorded as a snapshot step. */
  snapshot(label: string): ScriptSnapshot<View> {
    const snapshot = { snapshot: label, at: this.now, view: this.readView() };
    this.snapshots.push(snapshot);
    this.played.push({ at: this.now, snapshot: label });
    return snapshot;
  }

  /** What was played so far as a version-1 script (the original's classroom and replies). */
  recording(): Record<string, unknown> {
    return this.scriptOf(this.played);
  }

  private async play(step: ScriptStep, written: WrittenStep = writtenOf(step)): Promise<void> {
    if ('snapshot' in step) {
      this.snapshot(step.snapshot);
      return;
    }
    this.played.push(written);
    const { classroom } = this.script;
    const done = step.by === 'me' ? playMe(step, this.driver, this.context, classroom.classId) : playOthers(step, this.context, classroom);
    if (done) this.pending.push(done);
    await settle();
  }

  private scriptOf(steps: readonly WrittenStep[]): Record<string, unknown> {
    const { classroom, replies } = this.script;
    return {
      version: 1,
      classroom,
      replies: replies.map((rule) => ({ when: rule.when, after: rule.after, ...withoutAt(writtenOf(rule.action)) })),
      steps,
    };
  }
}

function writtenOf(step: ScriptStep): WrittenStep {
  if ('snapshot' in step) return { at: step.at, snapshot: step.snapshot };
  const action: ActionStep = step;
  return { at: action.at, by: action.by, do: action.do, ...action.args };
}

function withoutAt(step: WrittenStep): Record<string, unknown> {
  const { at: _at, ...rest } = step;
  return rest;
}
