import { readChoices, sameChoices } from '../../domain/interactions/choices';
import { fail, ok, Result } from '../../domain/shared/Result';
import { ClassControlPort } from '../ports/ClassControlPort';
import { Clock, Logger } from '../ports/PlatformPorts';
import { LessonSession } from '../session/LessonSession';
import { KeptAnswers } from '../tools/KeptAnswers';
import { sendSpread } from '../tools/SpreadResends';

/**
 * My answer to the open question (提交): shown as mine at once, sent to the staff only, and sent
 * again at my own spread times while the network is down. A changed answer replaces the last;
 * the same answer again sends nothing more.
 */
export class AnswerQuestion {
  constructor(
    private readonly session: LessonSession,
    private readonly control: ClassControlPort,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly kept: KeptAnswers,
  ) {}

  async execute(choices: readonly string[]): Promise<Result> {
    const { classroom } = this.session;
    const card = classroom.tools.question;
    if (!card) return fail('TOOL.CLOSED');
    const asked = readChoices(choices, card.options.length, card.multiple);
    if (card.mine && asked && card.delivery !== 'failed' && sameChoices(card.mine, asked)) return ok();
    const taken = this.session.change((current) => current.tools.answer(card.id, choices, this.clock.now()));
    if (taken !== 'taken') return fail(taken === 'closed' ? 'TOOL.CLOSED' : 'TOOL.INVALID');
    const mine = classroom.tools.question?.mine ?? [];
    this.kept.keep(classroom.classId, card.id, mine);
    const stillMine = () => {
      const now = classroom.tools.question;
      return now?.id === card.id && !!now.mine && sameChoices(now.mine, mine) && !now.results;
    };
    const outcome = await sendSpread(
      () => this.control.sendReply({ kind: 'answer', questionId: card.id, choices: mine }),
      stillMine,
      this.clock,
      `${classroom.me}#${card.id}`,
    );
    if (outcome === 'dropped') return ok();
    if (!stillMine() && outcome !== 'sent') return ok();
    this.session.change((current) => current.tools.answerDelivered(card.id, mine, outcome === 'sent' ? 'received' : 'failed'));
    if (outcome === 'sent') return ok();
    this.logger.warn('tool.answer_failed', { outcome });
    if (outcome !== 'closed') return fail('TOOL.SEND_FAILED');
    this.session.tell('ANSWER_TOO_LATE');
    return ok();
  }
}
