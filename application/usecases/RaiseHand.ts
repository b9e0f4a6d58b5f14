import { fail, ok, Result } from '../../domain/shared/Result';
import { ClassControlPort } from '../ports/ClassControlPort';
import { Clock, Logger } from '../ports/PlatformPorts';
import { LessonSession } from '../session/LessonSession';

/** Raising an already raised hand sends nothing; a hand that could not be sent goes back down. */
export class RaiseHand {
  constructor(
    private readonly session: LessonSession,
    private readonly control: ClassControlPort,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async execute(): Promise<Result> {
    const { classroom } = this.session;
    if (classroom.hands.isRaised(classroom.me)) return ok();
    const raised = this.session.change((current) => current.raiseHand(current.me, this.clock.now()));
    if (!raised.ok) return raised;
    try {
      await this.control.sendHand(true);
      return ok();
    } catch (error) {
      this.logger.warn('hand.raise_failed', { error: String(error) });
      this.session.change((current) => current.lowerHand(current.me));
      return fail('HAND.SEND_FAILED');
    }
  }
}
