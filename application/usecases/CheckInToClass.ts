import { checkInIsOpen } from '../../domain/interactions/cards';
import { fail, ok, Result } from '../../domain/shared/Result';
import { ClassControlPort } from '../ports/ClassControlPort';
import { Clock, Logger } from '../ports/PlatformPorts';
import { LessonSession } from '../session/LessonSession';
import { sendSpread } from '../tools/SpreadResends';

/**
 * 签到: to the staff only. Tapped while the school server cannot be reached, it is owed and goes
 * as soon as it can while the window is open; if the window closed meanwhile the student is told.
 */
export class CheckInToClass {
  constructor(
    private readonly session: LessonSession,
    private readonly control: ClassControlPort,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async execute(): Promise<Result> {
    const { classroom } = this.session;
    const card = classroom.tools.checkIn;
    if (!card || !checkInIsOpen(card, this.clock.now())) return fail('TOOL.CLOSED');
    // A second tap while the first is on its way, or after it arrived, sends nothing more.
    if (card.mine !== 'none' && card.mine !== 'missed') return ok();
    const { id } = card;
    this.session.change((current) => current.tools.checkInAs(id, 'sending'));
    const open = () => {
      const now = classroom.tools.checkIn;
      return now?.id === id && checkInIsOpen(now, this.clock.now());
    };
    // Tried on past the window's end, so that the server's "closed" tells the student once they are back.
    const outcome = await sendSpread(
      () => this.control.sendReply({ kind: 'check-in', checkInId: id }),
      () => classroom.tools.checkIn?.id === id,
      this.clock,
      `${classroom.me}#${id}`,
      () => this.session.change((current) => current.tools.checkInAs(id, 'owed')),
    );
    if (outcome === 'sent') {
      this.session.change((current) => current.tools.checkInAs(id, 'received'));
      return ok();
    }
    this.logger.warn('tool.check_in_failed', { outcome });
    if (outcome === 'failed' && open()) {
      this.session.change((current) => current.tools.checkInAs(id, 'none'));
      return fail('TOOL.SEND_FAILED');
    }
    // The notice says it plainly; a failure on top would only say it again.
    this.session.change((current) => current.tools.checkInAs(id, 'missed'));
    this.session.tell('CHECK_IN_MISSED');
    return ok();
  }
}
