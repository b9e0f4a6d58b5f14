import { DomainError } from '../shared/DomainError';
import { Participant } from './Participant';
import { mayCommand, Role } from './Role';

/**
 * Who runs the class, as the school backend says. Big classes do not list every
 * student, so anyone the backend did not name as staff is a student.
 */
export class Roster {
  private readonly staff = new Map<string, Participant>();

  constructor(
    readonly teacher: Participant,
    assistants: readonly Participant[] = [],
  ) {
    if (teacher.role !== 'teacher') throw new DomainError('ROSTER.TEACHER_ROLE', 'the teacher must have the teacher role');
    this.staff.set(teacher.userId, teacher);
    for (const assistant of assistants) {
      if (assistant.role !== 'assistant') throw new DomainError('ROSTER.ASSISTANT_ROLE', `${assistant.userId} is not an assistant`);
      this.staff.set(assistant.userId, assistant);
    }
  }

  roleOf(userId: string): Role {
    return this.staff.get(userId)?.role ?? 'student';
  }

  mayCommand(userId: string): boolean {
    return mayCommand(this.roleOf(userId));
  }

  nameOf(userId: string): string | undefined {
    return this.staff.get(userId)?.name;
  }
}
