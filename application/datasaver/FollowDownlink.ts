import { NetworkQuality } from '../ports/MediaRoomPort';
import { Clock } from '../ports/PlatformPorts';
import { LessonNotice, LessonSession } from '../session/LessonSession';

/** A poor downlink for this long steps the data saver down one mode (and again after as long). */
export const STEP_DOWN_AFTER_MS = 10_000;
/** A good downlink for this long brings the student's own choice back. */
export const STEP_UP_AFTER_MS = 30_000;

const POOR: readonly NetworkQuality[] = ['poor', 'down'];

/**
 * The data saver's automatic fallback, from the network quality the media room reports (the
 * session passes on changes only). Only a quality that lasts counts: each change starts the wait
 * for its kind afresh, and `fair` or `unknown` stops both waits.
 */
export class FollowDownlink {
  private watch = 0;

  constructor(
    private readonly session: LessonSession,
    private readonly clock: Clock,
  ) {
    session.onChange((kind) => {
      if (kind === 'network') this.qualityIs(session.networkQuality);
    });
  }

  /** The student picked a mode: it is theirs, and no step the app was waiting to take comes after it. */
  studentChose(): void {
    this.watch++;
    this.session.withdraw(['SAVER_TEACHER_ONLY', 'SAVER_AUDIO_ONLY']);
  }

  private qualityIs(quality: NetworkQuality): void {
    const watch = ++this.watch;
    if (POOR.includes(quality)) void this.after(watch, STEP_DOWN_AFTER_MS, () => this.stepDown(watch));
    else if (quality === 'good') void this.after(watch, STEP_UP_AFTER_MS, () => this.stepUp());
  }

  private async after(watch: number, ms: number, then: () => void): Promise<void> {
    await this.clock.delay(ms);
    if (watch === this.watch && this.session.hasClassroom && this.session.classroom.isActive) then();
  }

  private stepDown(watch: number): void {
    const saver = this.session.classroom.dataSaver;
    const lower = saver.stepDown();
    if (lower === saver) return;
    this.session.change((classroom) => (classroom.dataSaver = lower));
    this.session.tell(lower.current === 'teacher-only' ? 'SAVER_TEACHER_ONLY' : 'SAVER_AUDIO_ONLY');
    void this.after(watch, STEP_DOWN_AFTER_MS, () => this.stepDown(watch));
  }

  private stepUp(): void {
    const saver = this.session.classroom.dataSaver;
    if (!saver.auto) return;
    this.session.change((classroom) => (classroom.dataSaver = saver.restore()));
    this.session.tell('SAVER_RESTORED' satisfies LessonNotice);
  }
}
