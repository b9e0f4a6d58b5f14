import { ClassEvent, unchanged } from '../classroom/ClassEvent';
import { ClassState } from '../classroom/ClassState';
import { TeacherCommand } from '../classroom/TeacherCommand';
import { Choice, readChoices, sameChoices } from './choices';
import { CheckInCard, InvitationCard, QuestionCard } from './cards';
import { Rewards } from './Rewards';
import { toolFits } from './toolFits';

type ToolCommand = Extract<TeacherCommand, { type: 'invite' | 'question' | 'closeQuestion' | 'checkIn' | 'reward' }>;

/** A timed card's time from its arrival: what the server said was left when it sent it, else all of it. */
const timeOf = (command: { readonly seconds: number; readonly msLeft?: number }) => command.msLeft ?? command.seconds * 1000;

/** Who the tools may address: a student of the class, not removed; on stage or not. */
export interface ToolAudience {
  readonly me: string;
  mayAddress(userId: string): boolean;
  onStage(userId: string): boolean;
}

/**
 * The class's own tools as this student sees them: an invitation to the stage, the answer card,
 * the check-in and the rewards. Commands open and close them; the state read on a return puts
 * them where the class has them; my own answers are the use cases'.
 */
export class ClassTools {
  invitation: InvitationCard | null = null;
  question: QuestionCard | null = null;
  checkIn: CheckInCard | null = null;
  readonly rewards = new Rewards();
  /** Invitations I answered, by number: the state still lists one I declined until it runs out. */
  private readonly answered = new Map<number, 'accepted' | 'declined'>();

  constructor(private readonly audience: ToolAudience) {}

  /** A tool command in sequence from staff; `at` is when it arrived, `seq` its number. */
  take(command: ToolCommand, seq: number, at: number, senderId: string): ClassEvent[] {
    const { me } = this.audience;
    switch (command.type) {
      case 'invite':
        if (!this.audience.mayAddress(command.to) || this.audience.onStage(command.to)) return [unchanged('invalid')];
        if (command.to !== me) return [];
        this.invitation = { seq, mic: command.mic, camera: command.camera, endsAt: at + timeOf(command), answer: null };
        return [{ type: 'invited-me' }];
      case 'question':
        if (this.question?.id === command.id) return [unchanged('repeated')];
        this.question = {
          id: command.id,
          options: command.options,
          multiple: command.multiple,
          endsAt: command.seconds === null ? null : at + timeOf({ seconds: command.seconds, msLeft: command.msLeft }),
          results: null,
          mine: null,
          delivery: null,
          dismissed: false,
        };
        return [{ type: 'question-opened' }];
      case 'closeQuestion': {
        const open = this.question;
        if (!open || open.id !== command.id) return [unchanged('invalid')];
        if (open.results) return [unchanged('repeated')];
        if (!toolFits.results(open, command.correct, command.counts)) return [unchanged('invalid')];
        this.question = { ...open, results: { correct: command.correct, counts: command.counts } };
        return [{ type: 'question-closed' }];
      }
      case 'checkIn':
        if (this.checkIn?.id === command.id) return [unchanged('repeated')];
        this.checkIn = { id: command.id, endsAt: at + timeOf(command), mine: 'none' };
        return [{ type: 'check-in-opened' }];
      case 'reward':
        if (!this.audience.mayAddress(command.to) || !this.rewards.add(command.to)) return [unchanged('invalid')];
        return [{ type: 'rewarded', to: command.to, by: senderId }];
    }
  }

  /** A grant, a removal or the end closes my invitation: the stage has decided. */
  stageDecided(userId: string): void {
    if (userId === this.audience.me) this.invitation = null;
  }

  /** The state as read on a return, with its times on this phone's clock; `now` is this phone's time. */
  applyState(state: ClassState, now: number): ClassEvent[] {
    const events: ClassEvent[] = [];
    const { me } = this.audience;
    const invited = state.invitations.find((entry) => entry.to === me && entry.endsAt > now);
    if (!invited) this.invitation = null;
    else if (this.invitation?.seq === invited.seq) this.invitation = { ...this.invitation, endsAt: invited.endsAt };
    else {
      const answer = this.answered.get(invited.seq) ?? null;
      this.invitation = { seq: invited.seq, mic: invited.mic, camera: invited.camera, endsAt: invited.endsAt, answer };
      if (!answer) events.push({ type: 'invited-me' });
    }
    const asked = state.question;
    if (!asked) this.question = null;
    else if (this.question?.id !== asked.id) {
      this.question = { ...asked, mine: null, delivery: null, dismissed: false };
      events.push({ type: asked.results ? 'question-closed' : 'question-opened' });
    } else {
      // The same card: the server's clock decides when it ends.
      const closing = !!asked.results && !this.question.results;
      this.question = { ...this.question, endsAt: asked.endsAt, results: this.question.results ?? asked.results };
      if (closing) events.push({ type: 'question-closed' });
    }
    const check = state.checkIn;
    if (!check) this.checkIn = null;
    else if (this.checkIn?.id !== check.id) {
      this.checkIn = { id: check.id, endsAt: check.endsAt, mine: 'none' };
      if (check.endsAt > now) events.push({ type: 'check-in-opened' });
    } else this.checkIn = { ...this.checkIn, endsAt: check.endsAt };
    const before = this.rewards.countOf(me);
    this.rewards.replaceWith(state.rewards);
    if (this.rewards.countOf(me) > before) events.push({ type: 'rewarded', to: me });
    return events;
  }

  /** My answer to the open question, as I submit it; refused when it is not one the card takes. */
  answer(id: string, choices: readonly string[], now: number): 'taken' | 'closed' | 'invalid' {
    const card = this.question;
    if (!card || card.id !== id || card.results || (card.endsAt !== null && now >= card.endsAt)) return 'closed';
    const read = readChoices(choices, card.options.length, card.multiple);
    if (!read) return 'invalid';
    this.question = { ...card, mine: read, delivery: 'sending' };
    return 'taken';
  }

  /** What became of an answer sent: only the latest one sent decides what the card says. */
  answerDelivered(id: string, choices: readonly Choice[], delivery: 'received' | 'failed'): void {
    const card = this.question;
    if (card?.id !== id || !card.mine || !sameChoices(card.mine, choices)) return;
    this.question = { ...card, delivery };
  }

  /** An answer kept on the phone from before a restart of the page. */
  remember(id: string, choices: readonly string[]): void {
    const card = this.question;
    if (card?.id !== id || card.mine) return;
    const read = readChoices(choices, card.options.length, card.multiple);
    if (read) this.question = { ...card, mine: read, delivery: 'received' };
  }

  dismissQuestion(): void {
    if (this.question?.results) this.question = { ...this.question, dismissed: true };
  }

  checkInAs(id: string, mine: CheckInCard['mine']): void {
    if (this.checkIn?.id === id) this.checkIn = { ...this.checkIn, mine };
  }

  replied(seq: number, answer: 'accepted' | 'declined'): void {
    this.answered.set(seq, answer);
    if (this.invitation?.seq === seq) this.invitation = { ...this.invitation, answer };
  }

  /** An answer that did not reach the staff: the invitation is open again while it lasts. */
  replyFailed(seq: number): void {
    this.answered.delete(seq);
    if (this.invitation?.seq === seq) this.invitation = { ...this.invitation, answer: null };
  }

  clear(): void {
    this.invitation = null;
  }
}
