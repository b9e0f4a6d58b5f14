import { ClassState } from '../../domain/classroom/ClassState';
import { readChoices } from '../../domain/interactions/choices';
import { checkInIsOpen, questionIsOpen } from '../../domain/interactions/cards';
import { isToolId } from '../../domain/interactions/limits';
import { ClassRecords } from './ClassRecords';
import { ClassDirectory } from './ports/ClassDirectory';
import { ReplyBook, StudentReply } from './ports/ReplyBook';
import { isStaffOf } from './SendStaffCommand';
import { ServerClock } from './ServerClock';

export type ReplyCode = 'CLASS_NOT_FOUND' | 'NOT_STUDENT' | 'REMOVED' | 'CLASS_OVER' | 'BAD_FIELDS' | 'CLOSED' | 'STORE_FAILED';

export type ReplyOutcome = { readonly ok: true } | { readonly ok: false; readonly code: ReplyCode };

/** What a student's app sends the staff about a class tool (docs/backend-api.md, "Answers to the staff"). */
export type ReplyRequest =
  | { readonly kind: 'answer'; readonly questionId: unknown; readonly choices: unknown }
  | { readonly kind: 'check-in'; readonly checkInId: unknown }
  | { readonly kind: 'invitation'; readonly seq: unknown; readonly accepted: unknown };

/**
 * A student's answer, check-in or answer to an invitation, for the staff only: judged against the
 * stored state (open, theirs to answer, on the server's clock), kept in the reply book, told to
 * the staff's listeners. Nothing is published to the group, so classmates cannot copy it. An
 * answer sent again (a resend after a lost reply, a double tap) is the same answer once more.
 */
export class TakeStudentReply {
  private readonly listeners = new Set<(reply: StudentReply) => void>();

  constructor(
    private readonly directory: ClassDirectory,
    private readonly records: ClassRecords,
    private readonly book: ReplyBook,
    private readonly clock: ServerClock,
  ) {}

  /** The staff's own client hears each reply as it is taken (the in-memory family, the teacher console). */
  onReply(listener: (reply: StudentReply) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async execute(classId: string, userId: string, request: ReplyRequest): Promise<ReplyOutcome> {
    const entry = this.directory.find(classId);
    if (!entry) return { ok: false, code: 'CLASS_NOT_FOUND' };
    if (isStaffOf(entry, userId)) return { ok: false, code: 'NOT_STUDENT' };
    let state: ClassState;
    try {
      state = (await this.records.get(classId)).state;
    } catch {
      return { ok: false, code: 'STORE_FAILED' };
    }
    if (state.removed.includes(userId)) return { ok: false, code: 'REMOVED' };
    if (state.ended) return { ok: false, code: 'CLASS_OVER' };
    const reply = this.judge(state, classId, userId, request);
    if (typeof reply === 'string') return { ok: false, code: reply };
    this.book.keep(reply);
    for (const listener of [...this.listeners]) listener(reply);
    return { ok: true };
  }

  private judge(state: ClassState, classId: string, userId: string, request: ReplyRequest): StudentReply | ReplyCode {
    const now = this.clock.now();
    switch (request.kind) {
      case 'answer': {
        const question = state.question;
        if (!isToolId(request.questionId)) return 'BAD_FIELDS';
        if (!question || question.id !== request.questionId || !questionIsOpen(question, now)) return 'CLOSED';
        const choices = readChoices(request.choices, question.options.length, question.multiple);
        return choices ? { kind: 'answer', classId, userId, questionId: question.id, choices } : 'BAD_FIELDS';
      }
      case 'check-in': {
        if (!isToolId(request.checkInId)) return 'BAD_FIELDS';
        const checkIn = state.checkIn;
        if (!checkIn || checkIn.id !== request.checkInId || !checkInIsOpen(checkIn, now)) return 'CLOSED';
        return { kind: 'check-in', classId, userId, checkInId: checkIn.id };
      }
      case 'invitation': {
        if (typeof request.seq !== 'number' || typeof request.accepted !== 'boolean') return 'BAD_FIELDS';
        const open = state.invitations.find((invitation) => invitation.to === userId && invitation.seq === request.seq);
        if (!open || now >= open.endsAt) return 'CLOSED';
        return { kind: 'invitation', classId, userId, seq: open.seq, accepted: request.accepted };
      }
    }
  }
}
