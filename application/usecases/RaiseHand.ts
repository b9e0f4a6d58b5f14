import { fail, ok, Result } from '../../domain/shared/Result';
import { ClassControlPort } from '../ports/ClassControlPort';
import { Clock, Logger } from '../ports/PlatformPorts';
import { LessonSession } from '../session/LessonSession';

/**
 * Raising shows at once; once sent, the hand takes its place as the teacher's queue has it. Raising
 * an already raised hand sends nothing; a hand that could not be sent goes back down.
 */
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
    const raised = this.session.change((current) => current.handRules.raise(current.me, this.clock.now()));
    if (!raised.ok) return raised;
    const mine = classroom.hands.lastChangeOf(classroom.me);
    try {
      await this.control.sendHand(true);
      // The teacher queues the hand when it arrives, behind any that arrived while it travelled; a
      // catch-up that read the queue meanwhile may not have it yet. A tap since then decides instead.
      this.session.change((current) => current.handRules.sent(true, this.clock.now(), current.hands.lastChangeOf(current.me) === mine));
      return ok();
    } catch (error) {
      this.logger.warn('hand.raise_failed', { error: String(error) });
      this.session.change((current) => current.handRules.notSent());
      return fail('HAND.SEND_FAILED');
    }
  }
}
