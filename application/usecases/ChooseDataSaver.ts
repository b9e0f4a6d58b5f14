import { DataSaverMode } from '../../domain/classroom/DataSaver';
import { ok, Result } from '../../domain/shared/Result';
import { LessonSession } from '../session/LessonSession';

/** The student picks a data saver mode; it is theirs, and ends any step-down the app made. */
export class ChooseDataSaver {
  constructor(private readonly session: LessonSession) {}

  execute(mode: DataSaverMode): Result {
    if (!this.session.hasClassroom) return ok();
    this.session.change((classroom) => (classroom.dataSaver = classroom.dataSaver.choose(mode)));
    return ok();
  }
}
