import { ClassTools } from '../interactions/ClassTools';
import { HandQueue } from './HandQueue';
import { ExitReason } from './LessonStatus';
import { Roster } from './Roster';
import { Stage } from './Stage';

/**
 * The parts of a classroom that the staff's commands and the stored state act on. The command
 * rules take these rather than the Classroom, which uses them: no rule imports the class back.
 */
export interface ClassroomParts {
  readonly me: string;
  readonly roster: Roster;
  readonly stage: Stage;
  readonly hands: HandQueue;
  readonly tools: ClassTools;
  chatMuted: boolean;
  readonly takesStaffCommands: boolean;
  isRemoved(userId: string): boolean;
  removeClassmate(userId: string): void;
  finish(reason: ExitReason): void;
}
