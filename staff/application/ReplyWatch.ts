import { ClassState } from '../../domain/classroom/ClassState';
import { InvitationAnswer, StaffClock, StaffServer } from './ports';

export interface Tally {
  readonly questionId: string;
  readonly counts: readonly number[];
  readonly answered: number;
}

export interface CheckIns {
  readonly checkInId: string;
  readonly userIds: readonly string[];
}

export interface ReplyEvents {
  readonly tally: (tally: Tally) => void;
  readonly checkIns: (checkIns: CheckIns) => void;
  readonly invitationAnswer: (answer: InvitationAnswer) => void;
  /** Whether anyone listens for the tally or the check-ins (nobody: the kit does not ask). */
  readonly watched: (what: 'tally' | 'checkIns') => boolean;
}

/** How often the kit asks while a card or an invitation is open: a teacher sees answers come in within a second. */
export const REPLY_POLL_MS = 1_000;

/**
 * The students' replies go to the school server, never to the group (docs/signalling.md). While
 * a question, a check-in or an invitation is open in the class, the kit asks the server for what
 * came in: the question's tally, who checked in, the answers to invitations after the last one
 * heard. A server in the same process tells invitation answers at once instead.
 */
export class ReplyWatch {
  private cursor = 0;
  private cancel: (() => void) | undefined;
  private readonly stopPush: (() => void) | undefined;
  private stopped = false;

  constructor(
    private readonly server: StaffServer,
    private readonly clock: StaffClock,
    private readonly state: () => ClassState,
    private readonly events: ReplyEvents,
  ) {
    this.stopPush = server.onInvitationAnswer?.((answer) => events.invitationAnswer(answer));
  }

  /** The class changed: keep asking while something is open, stop when nothing is. */
  follow(): void {
    if (this.stopped || this.cancel || !this.open()) return;
    this.cancel = this.clock.after(REPLY_POLL_MS, () => {
      this.cancel = undefined;
      void this.askOnce().finally(() => this.follow());
    });
  }

  /** Asks now (the console opened, or a close needs the counts). */
  async askOnce(): Promise<void> {
    const state = this.state();
    const asks: Promise<void>[] = [];
    if (state.question && !state.question.results && this.events.watched('tally')) asks.push(this.tally(state.question.id));
    if (state.checkIn && this.events.watched('checkIns')) asks.push(this.checkIns(state.checkIn.id));
    if (state.invitations.length > 0 && !this.server.onInvitationAnswer) asks.push(this.invitations());
    await Promise.all(asks.map((ask) => ask.catch(() => undefined)));
  }

  stop(): void {
    this.stopped = true;
    this.cancel?.();
    this.stopPush?.();
  }

  private open(): boolean {
    const state = this.state();
    if (state.ended) return false;
    const question = !!state.question && !state.question.results && this.events.watched('tally');
    const checkIn = !!state.checkIn && state.checkIn.endsAt > this.clock.now() && this.events.watched('checkIns');
    return question || checkIn || (state.invitations.length > 0 && !this.server.onInvitationAnswer);
  }

  private async tally(questionId: string): Promise<void> {
    const { counts, answered } = await this.server.tally(questionId);
    this.events.tally({ questionId, counts, answered });
  }

  private async checkIns(checkInId: string): Promise<void> {
    this.events.checkIns({ checkInId, userIds: await this.server.checkedIn(checkInId) });
  }

  private async invitations(): Promise<void> {
    const { cursor, answers } = await this.server.invitationAnswers(this.cursor);
    this.cursor = Math.max(this.cursor, cursor);
    for (const answer of answers) this.events.invitationAnswer(answer);
  }
}
