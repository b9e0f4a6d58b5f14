import { invitationIsOpen } from '../../domain/interactions/cards';
import { fail, ok, Result } from '../../domain/shared/Result';
import { ClassControlPort } from '../ports/ClassControlPort';
import { portErrorCode } from '../ports/PortError';
import { Clock, Logger } from '../ports/PlatformPorts';
import { LessonSession } from '../session/LessonSession';

/**
 * 接受 or 拒绝 on the teacher's invitation: the answer goes to the staff, who grant on a yes.
 * Nothing is published by accepting; the grant does that, as any grant does. An answer that
 * could not be sent leaves the card open, to be tapped again while it lasts.
 */
export class AnswerInvitation {
  constructor(
    private readonly session: LessonSession,
    private readonly control: ClassControlPort,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async execute(accepted: boolean): Promise<Result> {
    const card = this.session.classroom.tools.invitation;
    if (!card || !invitationIsOpen(card, this.clock.now())) return fail('TOOL.CLOSED');
    const { seq } = card;
    this.session.withdraw(['INVITED']);
    this.session.change((current) => current.tools.replied(seq, accepted ? 'accepted' : 'declined'));
    try {
      await this.control.sendReply({ kind: 'invitation', seq, accepted });
      return ok();
    } catch (error) {
      this.logger.warn('tool.invitation_reply_failed', { error: String(error) });
      if (portErrorCode(error) === 'CLOSED') {
        this.session.tell('INVITATION_EXPIRED');
        return ok();
      }
      this.session.change((current) => current.tools.replyFailed(seq));
      return fail('TOOL.SEND_FAILED');
    }
  }
}
