import { fail, ok, Result } from '../../domain/shared/Result';
import { ClassControlPort } from '../ports/ClassControlPort';
import { Clock, Logger } from '../ports/PlatformPorts';
import { LessonSession } from '../session/LessonSession';

/** Lowering is shown at once; if the teacher could not be told, the hand is raised again. */
export class LowerHand {
  constructor(
    private readonly session: LessonSession,
    private readonly control: ClassControlPort,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async execute(): Promise<Result> {
    const { classroom } = this.session;
    if (!classroom.hands.isRaised(classroom.me)) return ok();
    this.session.change((current) => current.lowerHand(current.me));
    try {
      await this.control.sendHand(false);
      return ok();
    } catch (error) {
      this.logger.warn('hand.lower_failed', { error: String(error) });
      this.session.change((current) => current.raiseHand(current.me, this.clock.now()));
      return fail('HAND.SEND_FAILED');
    }
  }
}
