import { ok, Result } from '../../domain/shared/Result';
import { LeaveRooms } from '../session/LeaveRooms';
import { LessonSession } from '../session/LessonSession';

/** The student leaves: the lesson ends for them and every room is left. */
export class LeaveLesson {
  constructor(
    private readonly session: LessonSession,
    private readonly rooms: LeaveRooms,
  ) {}

  async execute(): Promise<Result> {
    if (!this.session.hasClassroom) return ok();
    this.session.change((classroom) => classroom.finish('left'));
    await this.rooms.execute();
    return ok();
  }
}
