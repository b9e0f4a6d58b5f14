import { ClassState } from '../../domain/classroom/ClassState';
import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { MAX_OPTIONS, MIN_OPTIONS } from '../../domain/interactions/choices';
import { MAX_REWARDED } from '../../domain/interactions/limits';
import { toolFits } from '../../domain/interactions/toolFits';
import { MAX_SEATS } from '../../infrastructure/shared/signalling/classStateCodec';
import { ClassRules } from '../../infrastructure/shared/signalling/foldClassState';
import { readCommand } from '../../infrastructure/shared/signalling/readCommand';
import { StaffError, StaffErrorCode } from './StaffError';

const refuse = (code: StaffErrorCode, message: string) => new StaffError(code, message, true);

/**
 * Whether a command can do anything in the class as the kit holds it. The school server would
 * number and store a misfit, and every student would refuse it (docs/signalling.md); a teacher
 * who tapped it meant something else, so the kit says why before anything is sent. Returns the
 * command as the wire carries it, or the refusal.
 */
export function checkCommand(state: ClassState, command: TeacherCommand, rules: ClassRules): TeacherCommand | StaffError {
  const read = readCommand(command as unknown as Record<string, unknown>);
  if (read === 'unknown') return refuse('BAD_FIELDS', `"${String((command as { type?: unknown }).type)}" is not a command`);
  if (read === 'invalid') return refuse('BAD_FIELDS', shapeProblem(command));
  if (state.ended) return refuse('CLASS_OVER', 'the class has ended');
  const problem = classProblem(state, read, rules);
  return problem ?? read;
}

function shapeProblem(command: TeacherCommand): string {
  if (command.type === 'question') {
    const count = Array.isArray(command.options) ? command.options.length : 0;
    if (count < MIN_OPTIONS || count > MAX_OPTIONS) return `a question has ${MIN_OPTIONS} to ${MAX_OPTIONS} options, not ${count}`;
    return 'a question needs an id of 1-64 letters, digits or ._:-, options of 1-40 characters, and 5-600 seconds or none';
  }
  if ((command.type === 'grant' || command.type === 'invite') && !command.mic && !command.camera)
    return `a ${command.type} switches on the microphone, the camera or both`;
  if (command.type === 'invite') return 'an invitation needs a student and 5-120 seconds';
  if (command.type === 'checkIn') return 'a check-in needs an id and 10-600 seconds';
  return `the ${command.type} command's fields do not fit (docs/signalling.md)`;
}

function classProblem(state: ClassState, command: TeacherCommand, rules: ClassRules): StaffError | undefined {
  const seated = (userId: string) => state.stage.some((seat) => seat.userId === userId);
  const student = (userId: string): StaffError | undefined => {
    if (!rules.isStudent(userId)) return refuse('NOT_A_STUDENT', `${userId} is the class's staff, not a student`);
    if (state.removed.includes(userId)) return refuse('REMOVED', `${userId} was removed from the class`);
    return undefined;
  };
  switch (command.type) {
    case 'grant':
      if (!seated(command.to) && state.stage.length >= rules.stageCapacity)
        return student(command.to) ?? refuse('STAGE_FULL', `the stage holds ${rules.stageCapacity}; revoke someone first`);
      return student(command.to);
    case 'revoke':
      return seated(command.to) ? undefined : refuse('NOT_ON_STAGE', `${command.to} is not on stage`);
    case 'kick':
      return student(command.to);
    case 'invite':
      if (seated(command.to)) return refuse('ON_STAGE', `${command.to} is on stage already`);
      if (state.invitations.filter((entry) => entry.to !== command.to).length >= MAX_SEATS)
        return refuse('TOO_MANY', `at most ${MAX_SEATS} invitations are open at once`);
      return student(command.to);
    case 'question':
      return state.question?.id === command.id ? refuse('SAME_ID', `the current question is "${command.id}" already`) : undefined;
    case 'closeQuestion': {
      const open = state.question;
      if (!open || open.id !== command.id || open.results) return refuse('NOT_OPEN', `no open question "${command.id}"`);
      return toolFits.results(open, command.correct, command.counts)
        ? undefined
        : refuse('BAD_FIELDS', `the results must give ${open.options.length} counts and letters of this question`);
    }
    case 'checkIn':
      return state.checkIn?.id === command.id ? refuse('SAME_ID', `the current check-in is "${command.id}" already`) : undefined;
    case 'reward': {
      const known = state.rewards.some((entry) => entry.userId === command.to);
      if (!known && state.rewards.length >= MAX_REWARDED) return refuse('TOO_MANY', `rewards are kept for ${MAX_REWARDED} students`);
      return student(command.to);
    }
    default:
      return undefined;
  }
}
