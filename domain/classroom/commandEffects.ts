import { ClassEvent, unchanged } from './ClassEvent';
import { ClassroomParts } from './ClassroomParts';
import { Permission } from './Permission';
import { TeacherCommand } from './TeacherCommand';

/** Where a command came in: its number, when it arrived (on this phone's clock), and from whom. */
export interface CommandArrival {
  readonly seq: number;
  readonly at: number;
  readonly senderId: string;
}

/** What one staff command, already judged in sequence and from staff, does to the class. */
export function commandEffects(classroom: ClassroomParts, command: TeacherCommand, arrival: CommandArrival): ClassEvent[] {
  const me = classroom.me;
  switch (command.type) {
    case 'grant': {
      if (classroom.roster.roleOf(command.to) !== 'student' || classroom.isRemoved(command.to)) return [unchanged('invalid')];
      const before = classroom.stage.find(command.to)?.permission;
      const granted = classroom.stage.grant(command.to, Permission.of(command));
      if (!granted.ok) {
        if (granted.code === 'STAGE.FULL' && command.to === me) return [{ type: 'stage-full-for-me' }];
        return [unchanged('invalid')];
      }
      classroom.hands.lower(command.to);
      classroom.tools.stageDecided(command.to);
      if (before?.equals(Permission.of(command))) return [unchanged('repeated')];
      if (command.to !== me) return [{ type: 'stage-changed' }];
      return [before ? { type: 'granted-me', devicesOnly: true } : { type: 'granted-me' }];
    }
    case 'revoke': {
      if (!classroom.stage.find(command.to)) return [unchanged('repeated')];
      classroom.stage.remove(command.to);
      return [command.to === me ? { type: 'revoked-me' } : { type: 'stage-changed' }];
    }
    case 'muteAll': {
      const onStage = !!classroom.stage.find(me);
      classroom.stage.muteAll();
      return [onStage ? { type: 'muted-me' } : { type: 'stage-changed' }];
    }
    case 'muteChat': {
      if (classroom.chatMuted === command.on) return [unchanged('repeated')];
      classroom.chatMuted = command.on;
      return [{ type: command.on ? 'chat-muted' : 'chat-unmuted' }];
    }
    case 'kick':
      if (command.to === me) {
        classroom.finish('removed');
        return [{ type: 'removed' }];
      }
      classroom.removeClassmate(command.to);
      return [{ type: 'stage-changed' }];
    case 'invite':
    case 'question':
    case 'closeQuestion':
    case 'checkIn':
    case 'reward':
      return classroom.tools.take(command, arrival.seq, arrival.at, arrival.senderId);
    case 'endClass':
      classroom.finish('class-ended');
      return [{ type: 'class-ended' }];
  }
}
