import { Classroom } from './Classroom';
import { Permission } from './Permission';
import { TeacherCommand } from './TeacherCommand';
import { TeacherState } from './TeacherState';

/**
 * The commands that bring this classroom to the teacher's current state: what was missed while
 * offline, expressed as the teacher would have sent it, so it is judged and shown the same way.
 */
export function missedCommands(classroom: Classroom, state: TeacherState): TeacherCommand[] {
  if (state.ended) return [{ type: 'endClass' }];
  const commands: TeacherCommand[] = [];
  if (state.chatMuted !== classroom.chatMuted) commands.push({ type: 'muteChat', on: state.chatMuted });
  const seated = new Set(state.stage.map((seat) => seat.userId));
  for (const coHost of classroom.stage.members) {
    if (!seated.has(coHost.userId)) commands.push({ type: 'revoke', to: coHost.userId });
  }
  for (const seat of state.stage) {
    const current = classroom.stage.find(seat.userId);
    if (!current || !current.permission.equals(Permission.of(seat))) {
      commands.push({ type: 'grant', to: seat.userId, mic: seat.mic, camera: seat.camera });
    }
  }
  return commands;
}
