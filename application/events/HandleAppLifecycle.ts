import { isOver } from '../../domain/classroom/LessonStatus';
import { FollowClassState } from '../classstate/FollowClassState';
import { RecordTimeAway } from '../recap/RecordTimeAway';
import { Reconnection } from '../reconnect/Reconnection';
import { LessonSession } from '../session/LessonSession';

/**
 * The app going to the background and coming back. Hidden, the student publishes nothing:
 * camera and microphone both stop (docs/reliability.md says why the microphone too). Shown
 * again, whatever is still permitted and was switched on comes back in one change.
 */
export class HandleAppLifecycle {
  constructor(
    private readonly session: LessonSession,
    private readonly reconnection: Reconnection,
    private readonly classState: FollowClassState,
    private readonly away: RecordTimeAway,
  ) {}

  execute(state: 'foreground' | 'background'): void {
    if (!this.session.hasClassroom) return;
    const inBackground = state === 'background';
    if (this.session.classroom.inBackground !== inBackground) {
      this.session.change((classroom) => {
        classroom.inBackground = inBackground;
      });
    }
    if (inBackground) {
      if (this.session.classroom.isActive) this.away.wentToBackground();
      return;
    }
    // Over while hidden: nothing to reconnect, only the card to show.
    if (isOver(this.session.classroom.status)) return this.away.backOnScreen();
    // Sockets are often cut while WeChat is hidden; coming back is the moment to try again, and
    // what the staff did meanwhile is read rather than trusted to have arrived.
    this.reconnection.networkBack();
    // Back during the join: its state read may have started before what happened while hidden.
    if (this.session.classroom.status === 'joining') this.classState.readAgainAfterCurrent();
    if (!this.session.classroom.isActive || !this.reconnection.isUp('im')) return this.away.backOnScreen();
    void this.classState
      .catchUp()
      .catch(() => undefined)
      .finally(() => this.away.backOnScreen());
  }
}
