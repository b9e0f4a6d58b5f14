import { FollowClassState } from '../classstate/FollowClassState';
import { ClassControlEvent } from '../ports/ClassControlPort';
import { Clock } from '../ports/PlatformPorts';
import { LessonSession } from '../session/LessonSession';
import { FloodGuard } from './FloodGuard';

/**
 * Staff commands and classmates' hands as they arrive on the signalling channel. The staff are
 * never throttled (their client sends in bursts after a drop); anyone else past the flood limit is.
 */
export class HandleClassControlEvent {
  constructor(
    private readonly session: LessonSession,
    private readonly classState: FollowClassState,
    private readonly clock: Clock,
    private readonly flood: FloodGuard,
  ) {}

  execute(event: ClassControlEvent): void {
    if (!this.session.hasClassroom) return;
    const staff = this.session.classroom.roster.mayCommand(event.senderId);
    if (!staff && !this.flood.admits(event.senderId)) return;
    if (event.type === 'command') return this.classState.command(event);
    this.session.change((classroom) => classroom.handRules.signal(event.senderId, event.raised, this.clock.now(), event.rev));
  }
}
