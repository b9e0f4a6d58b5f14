import { ClassroomParts } from './ClassroomParts';
import { ClassEvent } from './ClassEvent';
import { ClassState } from './ClassState';
import { Permission } from './Permission';
import { TeacherCommand } from './TeacherCommand';

/**
 * The commands that bring this classroom to the staff's current state: what was missed while
 * away or before joining, expressed as the teacher would have sent it, so it is judged and
 * shown the same way.
 */
export function missedCommands(classroom: ClassroomParts, state: ClassState): TeacherCommand[] {
  if (state.removed.includes(classroom.me)) return [{ type: 'kick', to: classroom.me }];
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

/**
 * The mute-alls this classroom missed (numbered after `since`, the last command it took in), seat
 * by seat: a microphone still on is switched off, and mine says so. A seat granted since its
 * mute carries none, so a later grant's microphone stays as granted. A seat in `regranted` (the
 * state had to grant it again) was missed with its mute, even when the numbering jumped past the
 * mute over a gap: its mute is played whatever `since` says.
 */
export function missedMutes(
  classroom: ClassroomParts,
  state: ClassState,
  since: number,
  regranted: ReadonlySet<string> = new Set(),
): ClassEvent[] {
  const events: ClassEvent[] = [];
  for (const seat of state.stage) {
    const coHost = classroom.stage.find(seat.userId);
    const missed = seat.mutedAt !== undefined && (seat.mutedAt > since || regranted.has(seat.userId));
    if (!missed || !coHost?.micOn) continue;
    classroom.stage.setDevice(seat.userId, 'mic', false);
    events.push(seat.userId === classroom.me ? { type: 'muted-me' } : { type: 'stage-changed' });
  }
  return events;
}
