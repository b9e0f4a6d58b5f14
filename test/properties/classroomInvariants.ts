import { Classroom } from '../../domain/classroom/Classroom';

/** What must hold after anything at all has happened; returns the broken rule, or nothing. */
export function brokenInvariant(classroom: Classroom): string | undefined {
  const publishing = classroom.publishing();
  const mine = classroom.stage.find(classroom.me);
  for (const device of ['mic', 'camera'] as const) {
    if (!publishing[device]) continue;
    if (!mine?.permission.allows(device)) return `publishes ${device} without permission`;
    if (!classroom.isActive) return `publishes ${device} in a lesson that is ${classroom.status}`;
    if (classroom.inBackground) return `publishes ${device} from the background`;
  }
  const members = classroom.stage.members.map((coHost) => coHost.userId);
  if (members.length > classroom.stage.capacity.value) return `stage holds ${members.length} over ${classroom.stage.capacity.value}`;
  if (new Set(members).size !== members.length) return 'someone is on stage twice';
  if (members.some((userId) => classroom.roster.mayCommand(userId))) return 'staff on stage';
  const hands = classroom.hands.userIds;
  if (new Set(hands).size !== hands.length) return 'a hand is queued twice';
  if (hands.some((userId) => members.includes(userId))) return 'on stage and in the hand queue';
  if (!classroom.isActive) {
    if (classroom.playback().length > 0) return `plays media in a lesson that is ${classroom.status}`;
    if (members.length > 0 || hands.length > 0) return `keeps a stage or queue in a lesson that is ${classroom.status}`;
  }
  return undefined;
}

/** The parts of a classroom a command could change, to show that refused ones changed nothing. */
export function commandedState(classroom: Classroom): string {
  return JSON.stringify({
    status: classroom.status,
    stage: classroom.stage.members.map(({ userId, permission, micOn, cameraOn }) => [
      userId,
      permission.mic,
      permission.camera,
      micOn,
      cameraOn,
    ]),
    chatMuted: classroom.chatMuted,
    hands: classroom.hands.userIds,
  });
}
