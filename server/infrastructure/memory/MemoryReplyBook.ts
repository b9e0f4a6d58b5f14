import { CHOICE_LABELS, Choice } from '../../../domain/interactions/choices';
import { ReplyBook, StudentReply } from '../../application/ports/ReplyBook';

/**
 * The replies in memory: a Map per question from student to answer, so that 10,000 answers and
 * their resends count each student once, and a tally is one pass.
 */
export class MemoryReplyBook implements ReplyBook {
  private readonly answers = new Map<string, Map<string, readonly Choice[]>>();
  private readonly checkIns = new Map<string, Set<string>>();

  keep(reply: StudentReply): void {
    if (reply.kind === 'answer') this.answersOf(reply.classId, reply.questionId).set(reply.userId, reply.choices);
    else if (reply.kind === 'check-in') this.checkInsOf(reply.classId, reply.checkInId).add(reply.userId);
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
