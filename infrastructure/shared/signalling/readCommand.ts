import { TeacherCommand } from '../../../domain/classroom/TeacherCommand';
import { isUserId } from '../../../domain/classroom/UserId';

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
      return 'unknown';
  }
}
