import { ClassState } from '../../../domain/classroom/ClassState';
import { ClassStateReply } from '../signalling/classStateCodec';

/**
 * The state a student's app last read, with its change number: the next read sends the number
 * (`since`) and an "unchanged" answer, a few bytes, stands for the state already held.
 */
export class LastReadState {
  private readonly held = new Map<string, { rev: number; state: ClassState }>();

  since(classId: string): number | undefined {
    return this.held.get(classId)?.rev;
  }

  take(classId: string, reply: ClassStateReply | undefined): ClassState | undefined {
    if (!reply) return undefined;
    if (reply.kind === 'state') {
      this.held.set(classId, { rev: reply.rev, state: reply.state });
      return reply.state;
    }
    const held = this.held.get(classId);
    // "Unchanged" from a number this app does not hold (a server that lost its store): unreadable.
    return held && held.rev === reply.rev ? held.state : undefined;
  }
}
