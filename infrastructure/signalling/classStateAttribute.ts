import { ClassState, INITIAL_CLASS_STATE, StageSeat } from '../../application/ports/ClassControlPort';
import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { MAX_SIGNAL_BYTES, SIGNAL_VERSION } from './SignalProtocol';

/**
 * The group attribute in which the teacher's client keeps the class's current state, so that a
 * student coming back from a lost connection reads it instead of trusting what it cached.
 */
export const CLASS_STATE_KEY = 'lesson.state';

const MAX_SEATS = 64;

export function encodeClassState(state: ClassState): string {
  return JSON.stringify({ v: SIGNAL_VERSION, stage: state.stage, chatMuted: state.chatMuted, ended: state.ended });
}

/** Anything not exactly a v1 state reads as `undefined`: the caller keeps what it has. */
export function decodeClassState(raw: unknown): ClassState | undefined {
  if (raw === undefined || raw === null || raw === '') return INITIAL_CLASS_STATE;
  if (typeof raw !== 'string' || raw.length > MAX_SIGNAL_BYTES) return undefined;
  let body: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
    body = parsed as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (body.v !== SIGNAL_VERSION || typeof body.chatMuted !== 'boolean' || typeof body.ended !== 'boolean') return undefined;
  if (!Array.isArray(body.stage) || body.stage.length > MAX_SEATS) return undefined;
  const stage: StageSeat[] = [];
  for (const seat of body.stage as unknown[]) {
    const read = readSeat(seat);
    if (!read) return undefined;
    stage.push(read);
  }
  return { stage, chatMuted: body.chatMuted, ended: body.ended };
}

function readSeat(seat: unknown): StageSeat | undefined {
  if (typeof seat !== 'object' || seat === null) return undefined;
  const { userId, mic, camera } = seat as Record<string, unknown>;
  if (typeof userId !== 'string' || !userId || userId.length > 128) return undefined;
  if (typeof mic !== 'boolean' || typeof camera !== 'boolean') return undefined;
  return { userId, mic, camera };
}

/** How a teacher's client folds each command it sends into the state it keeps in the attribute. */
export function nextClassState(state: ClassState, command: TeacherCommand): ClassState {
  const without = (userId: string) => state.stage.filter((seat) => seat.userId !== userId);
  switch (command.type) {
    case 'grant': {
      const seat = { userId: command.to, mic: command.mic, camera: command.camera };
      const at = state.stage.findIndex((current) => current.userId === command.to);
      return { ...state, stage: at < 0 ? [...state.stage, seat] : state.stage.map((current, i) => (i === at ? seat : current)) };
    }
    case 'revoke':
    case 'kick':
      return { ...state, stage: without(command.to) };
    case 'muteAll':
      return state;
    case 'muteChat':
      return { ...state, chatMuted: command.on };
    case 'endClass':
      return { ...state, stage: [], ended: true };
  }
}
