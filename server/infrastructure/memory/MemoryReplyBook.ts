import { CHOICE_LABELS, Choice } from '../../../domain/interactions/choices';
import { InvitationAnswerEntry, ReplyBook, StudentReply } from '../../application/ports/ReplyBook';

/** Answers to invitations kept per class for the staff's clients to catch up on: far more than 64 open at once. */
const KEPT_INVITATION_ANSWERS = 256;

/**
 * The replies in memory: a Map per question from student to answer, so that 10,000 answers and
 * their resends count each student once, and a tally is one pass.
 */
export class MemoryReplyBook implements ReplyBook {
  private readonly answers = new Map<string, Map<string, readonly Choice[]>>();
  private readonly checkIns = new Map<string, Set<string>>();
  private readonly invitations = new Map<string, { count: number; kept: InvitationAnswerEntry[] }>();

  keep(reply: StudentReply): void {
    if (reply.kind === 'answer') this.answersOf(reply.classId, reply.questionId).set(reply.userId, reply.choices);
    else if (reply.kind === 'check-in') this.checkInsOf(reply.classId, reply.checkInId).add(reply.userId);
    else {
      const feed = this.invitations.get(reply.classId) ?? { count: 0, kept: [] };
      this.invitations.set(reply.classId, feed);
      feed.count++;
      feed.kept = [...feed.kept, { userId: reply.userId, seq: reply.seq, accepted: reply.accepted }].slice(-KEPT_INVITATION_ANSWERS);
    }
  }

  invitationAnswers(classId: string, after: number) {
    const feed = this.invitations.get(classId);
    if (!feed) return { cursor: 0, answers: [] };
    const first = feed.count - feed.kept.length;
    return { cursor: feed.count, answers: feed.kept.slice(Math.max(0, after - first)) };
  }

  tally(classId: string, questionId: string, optionCount: number) {
    const counts = new Array<number>(optionCount).fill(0);
    const answers = this.answersOf(classId, questionId);
    for (const choices of answers.values()) {
      for (const choice of choices) counts[CHOICE_LABELS.indexOf(choice)]++;
    }
    return { counts, answered: answers.size };
  }

  checkedIn(classId: string, checkInId: string): readonly string[] {
    return [...this.checkInsOf(classId, checkInId)];
  }

  private answersOf(classId: string, questionId: string): Map<string, readonly Choice[]> {
    const key = JSON.stringify([classId, questionId]);
    let answers = this.answers.get(key);
    if (!answers) this.answers.set(key, (answers = new Map()));
    return answers;
  }

  private checkInsOf(classId: string, checkInId: string): Set<string> {
    const key = JSON.stringify([classId, checkInId]);
    let users = this.checkIns.get(key);
    if (!users) this.checkIns.set(key, (users = new Set()));
    return users;
  }
}
