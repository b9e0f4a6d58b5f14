import { ClassState } from '../../../domain/classroom/ClassState';
import { TeacherCommand } from '../../../domain/classroom/TeacherCommand';
import { MAX_LISTED } from './classStateCodec';
import { foldTool, withoutInvitation } from './foldClassTools';

/** What the staff client knows of the class besides its state. */
export interface ClassRules {
  readonly stageCapacity: number;
  readonly isStudent: (userId: string) => boolean;
}

/**
 * How the school server (and any staff client that keeps a copy) folds what it does into the state it stores (docs/signalling.md): each
 * command takes the next sequence number, even one the class refuses (a grant to a full stage),
 * exactly as every student's app numbers and refuses it; hands change the queue, not the number.
 * `now` is the server's time, from which timed cards end; invitations past their time are dropped.
 */
export function foldCommand(numbered: ClassState, command: TeacherCommand, rules: ClassRules, now = 0): ClassState {
  const seq = numbered.seq + 1;
  // A class that ended stays as it ended; a command sent after that changes nothing for anyone.
  if (numbered.ended) return { ...numbered, seq };
  const decided = command.type === 'grant' || command.type === 'kick' ? command.to : undefined;
  const state = withoutInvitation(numbered, decided, now);
  const mayAddress = (userId: string) => rules.isStudent(userId) && !state.removed.includes(userId);
  const without = (userId: string) => state.stage.filter((seat) => seat.userId !== userId);
  switch (command.type) {
    case 'grant': {
      const seat = { userId: command.to, mic: command.mic, camera: command.camera };
      const at = state.stage.findIndex((current) => current.userId === command.to);
      const refused =
        (!command.mic && !command.camera) ||
        !rules.isStudent(command.to) ||
        state.removed.includes(command.to) ||
        (at < 0 && state.stage.length >= rules.stageCapacity);
      if (refused) return { ...state, seq };
      // The same grant again changes nothing on a student's app (its microphone stays as it is), so the seat, and its mute, stay too.
      const same = at >= 0 && state.stage[at].mic === seat.mic && state.stage[at].camera === seat.camera;
      const stage = at < 0 ? [...state.stage, seat] : same ? state.stage : state.stage.map((current, i) => (i === at ? seat : current));
      return { ...state, seq, stage, hands: state.hands.filter((id) => id !== command.to) };
    }
    case 'revoke':
      return { ...state, seq, stage: without(command.to) };
    case 'kick':
      return {
        ...state,
        seq,
        stage: without(command.to),
        hands: state.hands.filter((id) => id !== command.to),
        // The newest 500 are kept; anyone older stays out through the services' ban (docs/signalling.md).
        removed: state.removed.includes(command.to) ? state.removed : [...state.removed, command.to].slice(-MAX_LISTED),
      };
    case 'muteAll':
      return { ...state, seq, stage: state.stage.map((seat) => ({ ...seat, mutedAt: seq })) };
    case 'muteChat':
      return { ...state, seq, chatMuted: command.on };
    case 'endClass':
      return { ...state, seq, stage: [], hands: [], invitations: [], ended: true };
    default:
      return foldTool({ ...state, seq }, command, mayAddress, now);
  }
}

/** A student's hand as the school server takes it; nobody on stage or removed queues, nor anyone past the 500th. */
export function foldHand(state: ClassState, userId: string, raised: boolean): ClassState {
  const queued = state.hands.includes(userId);
  if (raised === queued) return state;
  if (!raised) return { ...state, hands: state.hands.filter((id) => id !== userId) };
  if (state.ended || state.removed.includes(userId) || state.stage.some((seat) => seat.userId === userId)) return state;
  if (state.hands.length >= MAX_LISTED) return state;
  return { ...state, hands: [...state.hands, userId] };
}
