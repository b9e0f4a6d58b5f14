import { ClassState } from '../../../domain/classroom/ClassState';
import { TeacherCommand } from '../../../domain/classroom/TeacherCommand';
import { MAX_REWARDED } from '../../../domain/interactions/limits';
import { toolFits } from '../../../domain/interactions/toolFits';
import { MAX_SEATS } from './classStateCodec';

type ToolCommand = Extract<TeacherCommand, { type: 'invite' | 'question' | 'closeQuestion' | 'checkIn' | 'reward' }>;

/**
 * The class tools' part of the fold (docs/signalling.md, "Class tools"), on the server's clock
 * `now`: the same refusals a student's app makes (ClassTools), so both end in the same class.
 * `state` is already numbered; a refusal returns it as it is.
 */
export function foldTool(state: ClassState, command: ToolCommand, mayAddress: (userId: string) => boolean, now: number): ClassState {
  const onStage = (userId: string) => state.stage.some((seat) => seat.userId === userId);
  switch (command.type) {
    case 'invite': {
      if (!mayAddress(command.to) || onStage(command.to)) return state;
      const others = state.invitations.filter((entry) => entry.to !== command.to);
      // The stage's largest capacity of invitations at once; more is a teacher's client gone wrong.
      if (others.length >= MAX_SEATS) return state;
      const { to, mic, camera } = command;
      return { ...state, invitations: [...others, { to, mic, camera, seq: state.seq, endsAt: now + command.seconds * 1000 }] };
    }
    case 'question': {
      if (state.question?.id === command.id) return state;
      const { id, options, multiple } = command;
      const endsAt = command.seconds === null ? null : now + command.seconds * 1000;
      return { ...state, question: { id, options, multiple, endsAt, results: null } };
    }
    case 'closeQuestion': {
      const open = state.question;
      if (!open || open.id !== command.id || open.results || !toolFits.results(open, command.correct, command.counts)) return state;
      return { ...state, question: { ...open, results: { correct: command.correct, counts: command.counts } } };
    }
    case 'checkIn':
      if (state.checkIn?.id === command.id) return state;
      return { ...state, checkIn: { id: command.id, endsAt: now + command.seconds * 1000 } };
    case 'reward': {
      if (!mayAddress(command.to)) return state;
      const at = state.rewards.findIndex((entry) => entry.userId === command.to);
      if (at < 0 && state.rewards.length >= MAX_REWARDED) return state;
      const rewards =
        at < 0
          ? [...state.rewards, { userId: command.to, count: 1 }]
          : state.rewards.map((entry, i) => (i === at ? { ...entry, count: entry.count + 1 } : entry));
      return { ...state, rewards };
    }
  }
}

/** An invitation ends with its time, and with whatever the stage decided for its student. */
export function withoutInvitation(state: ClassState, userId: string | undefined, now: number): ClassState {
  const invitations = state.invitations.filter((entry) => entry.to !== userId && entry.endsAt > now);
  return invitations.length === state.invitations.length ? state : { ...state, invitations };
}
