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
  /** The newest change number heard for each student's hand, in this lesson. */
  private readonly handRevs = new Map<string, number>();
  private lesson: unknown;

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
    if (this.isRepeat(event)) return;
    this.session.change((classroom) => classroom.handSignal(event.senderId, event.raised, this.clock.now()));
  }

  /**
   * A hand numbered at or below one already taken from the same student is a repeat or a late
   * copy (TIC gives no message id to drop it by; IM may redeliver after a reconnect).
   */
  private isRepeat(event: Extract<ClassControlEvent, { type: 'hand' }>): boolean {
    if (this.lesson !== this.session.classroom) {
      this.lesson = this.session.classroom;
      this.handRevs.clear();
    }
    if (event.rev === undefined) return false;
    if (event.rev <= (this.handRevs.get(event.senderId) ?? 0)) return true;
    this.handRevs.set(event.senderId, event.rev);
    return false;
  }
}
