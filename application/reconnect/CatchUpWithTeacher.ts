import { missedCommands } from '../../domain/classroom/missedCommands';
import { HandleClassControlEvent } from '../events/HandleClassControlEvent';
import { ClassControlPort } from '../ports/ClassControlPort';
import { LessonSession } from '../session/LessonSession';

/**
 * Reads the teacher's state of the class from the service and applies what this client missed,
 * as commands from the teacher: a grant given while offline arrives, a revoke takes effect.
 */
export class CatchUpWithTeacher {
  constructor(
    private readonly session: LessonSession,
    private readonly control: ClassControlPort,
    private readonly commands: HandleClassControlEvent,
  ) {}

  async execute(): Promise<void> {
    const state = await this.control.currentState();
    if (!this.session.hasClassroom || !this.session.classroom.isActive) return;
    const teacher = this.session.classroom.roster.teacher.userId;
    for (const command of missedCommands(this.session.classroom, state)) await this.commands.apply(teacher, command);
  }
}
