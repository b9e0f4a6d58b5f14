import { fail, ok, Result } from '../../domain/shared/Result';
import { ClassControlPort } from '../ports/ClassControlPort';
import { Logger } from '../ports/PlatformPorts';
import { LessonSession } from '../session/LessonSession';

/** Lowering is shown at once; if the teacher could not be told, the hand goes back to its place in the queue. */
export class LowerHand {
  constructor(
    private readonly session: LessonSession,
    private readonly control: ClassControlPort,
    private readonly logger: Logger,
  ) {}

  async execute(): Promise<Result> {
    const { classroom } = this.session;
    const hand = classroom.hands.entryOf(classroom.me);
    if (!hand) return ok();
    this.session.change((current) => current.handRules.lower(current.me));
    const mine = classroom.hands.lastChangeOf(classroom.me);
    try {
      await this.control.sendHand(false);
      // A catch-up that read the queue while this was on its way may have put the hand back.
      this.session.change((current) => current.handRules.sent(false, 0, current.hands.lastChangeOf(current.me) === mine));
      return ok();
    } catch (error) {
      this.logger.warn('hand.lower_failed', { error: String(error) });
      this.session.change((current) => current.handRules.notSent());
      return fail('HAND.SEND_FAILED');
    }
  }
}
