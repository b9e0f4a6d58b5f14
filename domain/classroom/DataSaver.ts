import { PlaybackEntry } from './PlaybackPlan';

/** 标准 (everything), 只看老师 (no classmates' video), 仅音频 (no camera video at all; the board stays). */
export type DataSaverMode = 'off' | 'teacher-only' | 'audio-only';

export const DATA_SAVER_MODES: readonly DataSaverMode[] = ['off', 'teacher-only', 'audio-only'];

/**
 * The student's data saver: the mode they chose, and the one in force, which is lower while the
 * app has stepped down by itself on a poor network.
 */
export class DataSaver {
  private constructor(
    readonly chosen: DataSaverMode,
    readonly current: DataSaverMode,
  ) {}

  static readonly OFF = new DataSaver('off', 'off');

  /** True while the app has stepped down from the student's choice by itself. */
  get auto(): boolean {
    return this.current !== this.chosen;
  }

  choose(mode: DataSaverMode): DataSaver {
    return new DataSaver(mode, mode);
  }

  /** One mode lower; the same saver when nothing lower is left. */
  stepDown(): DataSaver {
    const next = DATA_SAVER_MODES[DATA_SAVER_MODES.indexOf(this.current) + 1];
    return next ? new DataSaver(this.chosen, next) : this;
  }

  /** Back to the student's own choice. */
  restore(): DataSaver {
    return this.auto ? new DataSaver(this.chosen, this.chosen) : this;
  }

  /**
   * What is not shown is not played: the plan the media room receives leaves out the video the
   * mode hides, so it is not received at all. The board is the lesson and always plays.
   */
  filter(plan: readonly PlaybackEntry[], teacherId: string): PlaybackEntry[] {
    if (this.current === 'off') return [...plan];
    return plan.map((entry) => {
      if (entry.source === 'board') return entry;
      const hidden = this.current === 'audio-only' || entry.userId !== teacherId;
      return hidden ? { ...entry, video: false } : entry;
    });
  }

  /** Whether the teacher's camera is shown. */
  get showsTeacherVideo(): boolean {
    return this.current !== 'audio-only';
  }
}
