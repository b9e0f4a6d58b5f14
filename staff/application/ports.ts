import { ClassControlEvent } from '../../application/ports/ClassControlPort';
import { TeacherCommand } from '../../domain/classroom/TeacherCommand';

/** A stored command's numbers, as the school server answered them. */
export interface Stored {
  readonly seq: number;
  readonly rev: number;
}

export interface InvitationAnswer {
  readonly userId: string;
  /** The invite's number, its id. */
  readonly seq: number;
  readonly accepted: boolean;
}

/**
 * The school server as a staff client reaches it (docs/backend-api.md, "The class state"): it
 * numbers and stores commands, answers the class state, and keeps the students' replies.
 * Failures reject with a StaffError carrying the server's code, or NETWORK / TIMEOUT.
 */
export interface StaffServer {
  command(command: TeacherCommand, requestId: string): Promise<Stored>;
  /** The state read as a student's read answers it (the raw reply: a JSON object or its text). */
  state(since?: number): Promise<unknown>;
  tally(questionId: string): Promise<{ readonly counts: readonly number[]; readonly answered: number }>;
  checkedIn(checkInId: string): Promise<readonly string[]>;
  /** Answers to invitations numbered after `after` (a cursor the server gives). */
  invitationAnswers(after: number): Promise<{ readonly cursor: number; readonly answers: readonly InvitationAnswer[] }>;
  /** Where the server can tell the kit at once (in the same process), it does; otherwise the kit polls. */
  onInvitationAnswer?(listener: (answer: InvitationAnswer) => void): () => void;
}

export interface ChatLine {
  readonly id: string;
  readonly from: string;
  readonly text?: string;
  readonly imageUrl?: string;
  readonly at: number;
}

/**
 * The IM instance the host owns (tim-js-sdk, @tencentcloud/chat, or the in-memory service), as
 * the kit hears it: the signalling group's signals once each, decoded, with the sender IM
 * stamped; the chat group's lines; and the moments the connection came back.
 */
export interface StaffMessaging {
  onSignal(listener: (event: ClassControlEvent) => void): () => void;
  onChat(listener: (line: ChatLine) => void): () => void;
  /** After IM reconnected (the kit reads the state back: what happened meanwhile was not heard). */
  onReconnect(listener: () => void): () => void;
  /** Someone came into (true) or left (false) the chat group, where IM says so. */
  onPresence?(listener: (userId: string, online: boolean) => void): () => void;
  sendChat(content: { readonly text?: string; readonly imageUrl?: string; readonly file?: unknown }): Promise<ChatLine>;
}

/** Time as the host's page has it. */
export interface StaffClock {
  now(): number;
  /** Calls `run` once after `ms`; the returned function cancels it. */
  after(ms: number, run: () => void): () => void;
}
