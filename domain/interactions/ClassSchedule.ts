/** The lesson's timetable as the school gives it, in ms since the epoch; a lesson may have no end given. */
export interface ClassSchedule {
  readonly startsAt: number;
  readonly endsAt: number | null;
}

/** The warning before the scheduled end (距下课还有 5 分钟); the class still ends only when the staff end it. */
export const ENDING_SOON_MS = 5 * 60_000;

const MINUTE = 60_000;

/**
 * The clock as the page shows it, to the minute: minutes left, rounded up (the last minute shows
 * as one until the end), or, with no end given, minutes since the start.
 */
export function clockAt(schedule: ClassSchedule, now: number): { readonly secondsLeft: number | null; readonly elapsed: number } {
  const elapsed = Math.max(0, Math.floor((now - schedule.startsAt) / MINUTE) * 60);
  if (schedule.endsAt === null) return { secondsLeft: null, elapsed };
  return { secondsLeft: Math.max(0, Math.ceil((schedule.endsAt - now) / MINUTE) * 60), elapsed };
}

/** When the clock's shown values next change after `now`. */
export function nextClockChange(schedule: ClassSchedule, now: number): number {
  const anchor = schedule.endsAt ?? schedule.startsAt;
  const sinceAnchor = (((now - anchor) % MINUTE) + MINUTE) % MINUTE;
  return now + (MINUTE - sinceAnchor);
}
