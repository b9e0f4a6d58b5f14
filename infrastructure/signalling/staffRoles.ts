import { PersonInfo } from '../../application/ports/ClassroomBackendPort';
import { Participant } from '../../domain/classroom/Participant';
import { Roster } from '../../domain/classroom/Roster';
import { SenderRoles } from './decodeSignal';

/** Until class info names the staff, nobody may command: a command before that is dropped. */
export const NO_STAFF: SenderRoles = { roleOf: () => 'student' };

/** Who may command, as the class info names the teacher and assistants. */
export function staffRoles(staff: { readonly teacher: PersonInfo; readonly assistants: readonly PersonInfo[] }): SenderRoles {
  const teacher = Participant.create({ ...staff.teacher, role: 'teacher' });
  return new Roster(teacher, staff.assistants.map((assistant) => Participant.create({ ...assistant, role: 'assistant' })));
}
