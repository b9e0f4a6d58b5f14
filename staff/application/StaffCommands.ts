import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { Choice } from '../../domain/interactions/choices';
import { INVITE_SECONDS } from '../../domain/interactions/limits';
import { Stored } from './ports';
import { StaffError } from './StaffError';

export interface Devices {
  readonly mic: boolean;
  readonly camera: boolean;
}

export interface Question {
  /** The card's own id; one is made when left out. */
  readonly id?: string;
  readonly options: readonly string[];
  readonly multiple?: boolean;
  /** Seconds to answer (5-600), or null to keep it open until closed. */
  readonly seconds?: number | null;
  /** The correct letters, kept by the kit until the close; null or absent for a poll. */
  readonly correct?: readonly Choice[] | null;
}

let made = 0;
/** A card's own id when the host names none: unique in this page even within one millisecond. */
const cardId = (kind: 'q' | 'c') => `${kind}${Date.now().toString(36)}${(made++).toString(36)}`;

type Keep = { getItem(key: string): string | null; setItem(key: string, value: string): void };

/** The commands by name, as a host's buttons call them; each is checked and sent by `send`. */
export abstract class StaffCommands {
  private readonly memory = new Map<string, string>();

  constructor(private readonly keep?: Keep) {}

  abstract send(command: TeacherCommand, requestId?: string): Promise<Stored>;
  abstract tally(questionId: string): Promise<{ readonly counts: readonly number[]; readonly answered: number }>;
  abstract refresh(): Promise<void>;
  abstract get state(): { readonly question: { readonly id: string; readonly results: unknown } | null };

  grant(to: string, devices: Devices): Promise<Stored> {
    return this.send({ type: 'grant', to, mic: devices.mic, camera: devices.camera });
  }

  revoke(to: string): Promise<Stored> {
    return this.send({ type: 'revoke', to });
  }

  invite(to: string, devices: Devices, seconds: number = INVITE_SECONDS.fallback): Promise<Stored> {
    return this.send({ type: 'invite', to, mic: devices.mic, camera: devices.camera, seconds });
  }

  muteAll(): Promise<Stored> {
    return this.send({ type: 'muteAll' });
  }

  muteChat(on: boolean): Promise<Stored> {
    return this.send({ type: 'muteChat', on });
  }

  kick(to: string): Promise<Stored> {
    return this.send({ type: 'kick', to });
  }

  endClass(): Promise<Stored> {
    return this.send({ type: 'endClass' });
  }

  reward(to: string): Promise<Stored> {
    return this.send({ type: 'reward', to });
  }

  checkIn(seconds: number, id = cardId('c')): Promise<Stored> {
    return this.send({ type: 'checkIn', id, seconds });
  }

  /** Asks a question; its correct answer stays here (and in `keep`, across a reload) until the close. */
  async ask(question: Question): Promise<Stored> {
    const id = question.id ?? cardId('q');
    const command: TeacherCommand = {
      type: 'question',
      id,
      options: question.options,
      multiple: question.multiple ?? false,
      seconds: question.seconds ?? null,
    };
    // Kept before sending: a reload while the answer is on its way must still close it right.
    this.remember(id, question.correct ?? null);
    return this.send(command);
  }

  /** Closes the open question with the server's tally and the correct answer it was asked with. */
  async closeQuestion(id = this.state.question?.id): Promise<Stored> {
    const isOpen = () => !!id && this.state.question?.id === id && !this.state.question.results;
    // Asked by another staff member, perhaps, and not heard yet here: the server's state says.
    if (!isOpen()) await this.refresh();
    if (!id || !isOpen()) throw new StaffError('NOT_OPEN', `no open question${id ? ` "${id}"` : ''}`, true);
    const { counts } = await this.tally(id);
    return this.send({ type: 'closeQuestion', id, correct: this.correctOf(id), counts });
  }

  private remember(id: string, correct: readonly Choice[] | null): void {
    const value = JSON.stringify(correct);
    this.memory.set(id, value);
    try {
      this.keep?.setItem(`lesson.correct.${id}`, value);
    } catch {
      // Storage full or refused: the answer is still held in memory until a reload.
    }
  }

  private correctOf(id: string): readonly Choice[] | null {
    let value = this.memory.get(id) ?? null;
    try {
      value ??= this.keep?.getItem(`lesson.correct.${id}`) ?? null;
    } catch {
      // Unreadable storage: closed as a poll.
    }
    return value ? (JSON.parse(value) as Choice[] | null) : null;
  }
}
