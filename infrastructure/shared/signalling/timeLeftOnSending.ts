import { ClassState } from '../../../domain/classroom/ClassState';
import { TeacherCommand } from '../../../domain/classroom/TeacherCommand';
import { parseObject } from './wireText';

/**
 * When a timed command's card ends on the server's clock, as the fold stored it: kept with the
 * stored message, so that it can say what is left whenever it is sent. Undefined for a command
 * that is not timed, or that the fold refused.
 */
export function endOfTimed(state: ClassState, command: TeacherCommand): { endsAt?: number } {
  if (command.type === 'invite') {
    const invited = state.invitations.find((entry) => entry.seq === state.seq);
    return invited ? { endsAt: invited.endsAt } : {};
  }
  if (command.type === 'question' && state.question?.id === command.id && state.question.endsAt !== null && !state.question.results)
    return { endsAt: state.question.endsAt };
  if (command.type === 'checkIn' && state.checkIn?.id === command.id) return { endsAt: state.checkIn.endsAt };
  return {};
}

/**
 * The stored message as it goes out at `now`: a timed command says how much of its time is left
 * (`msLeft`), for a student's phone to count from its arrival, whatever its own clock says.
 */
export function withTimeLeft(data: string, now: number): string {
  if (!data.includes('"endsAt"')) return data;
  const body = parseObject(data);
  if (!body || typeof body.endsAt !== 'number') return data;
  return JSON.stringify({ ...body, msLeft: Math.max(0, body.endsAt - now) });
}
