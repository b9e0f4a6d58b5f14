import { DataSaverMode } from '../../domain/classroom/DataSaver';
import { ok, Result } from '../../domain/shared/Result';
import { FollowDownlink } from '../datasaver/FollowDownlink';
import { LessonSession } from '../session/LessonSession';

/**
 * The student picks a data saver mode; it is theirs, and ends any step-down the app made: the
 * automatic step that was waiting does not follow, and its notice leaves the screen.
 */
export class ChooseDataSaver {
  constructor(
    private readonly session: LessonSession,
    private readonly downlink: FollowDownlink,
  ) {}

  execute(mode: DataSaverMode): Result {
    if (!this.session.hasClassroom) return ok();
    this.session.change((classroom) => (classroom.dataSaver = classroom.dataSaver.choose(mode)));
    this.downlink.studentChose();
    return ok();
  }
}
