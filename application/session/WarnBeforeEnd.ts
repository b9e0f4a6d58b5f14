import { Classroom } from '../../domain/classroom/Classroom';
import { ENDING_SOON_MS } from '../../domain/interactions/ClassSchedule';
import { Clock } from '../ports/PlatformPorts';
import { LessonSession } from './LessonSession';

/**
 * 距下课还有 5 分钟, once per lesson, five minutes before the timetable's end: a student who joins
 * within those five minutes hears it on joining. Nothing ends the class but the staff.
 */
export class WarnBeforeEnd {
  private watched: Classroom | undefined;

  constructor(
    private readonly session: LessonSession,
    private readonly clock: Clock,
  ) {
    session.onChange((kind) => {
      if (kind === 'state' && session.hasClassroom && session.classroom !== this.watched && session.classroom.isActive) {
        this.watch(session.classroom);
      }
    });
  }

  private watch(classroom: Classroom): void {
    this.watched = classroom;
    const end = classroom.schedule?.endsAt;
    if (end === null || end === undefined) return;
    const now = this.clock.now();
    if (now >= end) return;
    void this.clock.delay(Math.max(0, end - ENDING_SOON_MS - now)).then(() => {
      const { session } = this;
      if (session.hasClassroom && session.classroom === classroom && classroom.isActive) session.tell('ENDING_SOON');
    });
  }
}
