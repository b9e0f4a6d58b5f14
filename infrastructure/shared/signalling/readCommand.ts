import { TeacherCommand } from '../../../domain/classroom/TeacherCommand';
import { isUserId } from '../../../domain/classroom/UserId';
import { readChoices } from '../../../domain/interactions/choices';
import { CHECK_IN_SECONDS, inRange, INVITE_SECONDS, isToolId, MAX_COUNT, QUESTION_SECONDS } from '../../../domain/interactions/limits';
import { readOptions } from './toolStateCodec';

type Body = Record<string, unknown>;

const isId = isUserId;
const isFlag = (value: unknown): value is boolean => typeof value === 'boolean';

/** A teacher command from a parsed body, checked field by field; extra fields are ignored. */
export function readCommand(body: Body): TeacherCommand | 'unknown' | 'invalid' {
  switch (body.type) {
    case 'grant':
      return isId(body.to) && isFlag(body.mic) && isFlag(body.camera)
        ? { type: 'grant', to: body.to, mic: body.mic, camera: body.camera }
        : 'invalid';
    case 'revoke':
      return isId(body.to) ? { type: 'revoke', to: body.to } : 'invalid';
    case 'kick':
      return isId(body.to) ? { type: 'kick', to: body.to } : 'invalid';
    case 'muteAll':
      return { type: 'muteAll' };
    case 'muteChat':
      return isFlag(body.on) ? { type: 'muteChat', on: body.on } : 'invalid';
    case 'endClass':
      return { type: 'endClass' };
    default:
      return readToolCommand(body);
  }
}

/** The class tools' commands (docs/signalling.md, "Class tools"); what fits a question is checked against it in the fold. */
function readToolCommand(body: Body): TeacherCommand | 'unknown' | 'invalid' {
  switch (body.type) {
    case 'invite': {
      const seconds = body.seconds === undefined ? INVITE_SECONDS.fallback : body.seconds;
      if (!isId(body.to) || !isFlag(body.mic) || !isFlag(body.camera) || (!body.mic && !body.camera)) return 'invalid';
      if (!inRange(seconds, INVITE_SECONDS)) return 'invalid';
      return { type: 'invite', to: body.to, mic: body.mic, camera: body.camera, seconds, ...timeLeft(body, seconds) };
    }
    case 'question': {
      const options = readOptions(body.options);
      const multiple = body.multiple ?? false;
      const seconds = body.seconds ?? null;
      if (!isToolId(body.id) || !options || !isFlag(multiple) || (seconds !== null && !inRange(seconds, QUESTION_SECONDS)))
        return 'invalid';
      return { type: 'question', id: body.id, options, multiple, seconds, ...(seconds === null ? {} : timeLeft(body, seconds)) };
    }
    case 'closeQuestion': {
      const counts = body.counts;
      if (!isToolId(body.id) || !Array.isArray(counts) || counts.length > 8) return 'invalid';
      if (!counts.every((count) => inRange(count, { min: 0, max: MAX_COUNT }))) return 'invalid';
      const correct = body.correct ?? null;
      // Whether the letters fit the question is the fold's to judge; here only their shape.
      const read = correct === null ? null : readChoices(correct, 8, true);
      if (read === undefined) return 'invalid';
      return { type: 'closeQuestion', id: body.id, correct: read, counts: counts as number[] };
    }
    case 'checkIn':
      if (!isToolId(body.id) || !inRange(body.seconds, CHECK_IN_SECONDS)) return 'invalid';
      return { type: 'checkIn', id: body.id, seconds: body.seconds, ...timeLeft(body, body.seconds) };
    case 'reward':
      return isId(body.to) ? { type: 'reward', to: body.to } : 'invalid';
    default:
      return 'unknown';
  }
}

/** What the school server said was left of a timed command's time when it sent it; anything else is left out. */
function timeLeft(body: Body, seconds: number): { msLeft?: number } {
  const left = body.msLeft;
  return inRange(left, { min: 0, max: seconds * 1000 }) ? { msLeft: left } : {};
}
