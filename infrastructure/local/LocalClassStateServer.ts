import { PortError, PortErrorCode } from '../../application/ports/PortError';
import { ClassState } from '../../domain/classroom/ClassState';
import { ClassStateServer } from '../shared/classstate/ClassStateServer';
import { LastReadState } from '../shared/classstate/LastReadState';
import { decodeClassStateReply } from '../shared/signalling/classStateCodec';
import { ToolReply } from '../../application/ports/ToolReply';
import { InMemorySchoolServer } from '../../server/infrastructure/memory/InMemorySchoolServer';

/** The school server's refusals as the HTTP adapter reads them from the status (docs/backend-api.md). */
const REFUSALS: Record<string, PortErrorCode> = {
  CLASS_NOT_FOUND: 'CLASS_NOT_FOUND',
  NOT_STUDENT: 'REJECTED',
  REMOVED: 'REJECTED',
  CLASS_OVER: 'CLASS_OVER',
  HANDS_FULL: 'REJECTED',
  STORE_FAILED: 'UNKNOWN',
  CLOSED: 'CLOSED',
  BAD_FIELDS: 'REJECTED',
};

/**
 * The in-memory school server as a student's app reaches it: one round trip each (`roundTrip`,
 * which fails while the school platform is down), with the reply as the HTTP server words it,
 * decoded by the same codec.
 */
export class LocalClassStateServer implements ClassStateServer {
  private readonly last = new LastReadState();

  constructor(
    private readonly school: InMemorySchoolServer,
    private readonly userId: string,
    private readonly roundTrip: () => Promise<void> = async () => undefined,
  ) {}

  async read(classId: string): Promise<ClassState | undefined> {
    await this.roundTrip();
    const raw = this.school.rawReplyOf(classId);
    if (raw !== undefined) return this.last.take(classId, decodeClassStateReply(raw));
    const read = await this.school.read(classId, this.last.since(classId));
    if (!read.ok) throw new PortError(REFUSALS[read.code] ?? 'UNKNOWN', `the class state: ${read.code}`);
    return this.last.take(classId, decodeClassStateReply(read.body));
  }

  async hand(classId: string, raised: boolean): Promise<void> {
    await this.roundTrip();
    const outcome = await this.school.hand(classId, this.userId, raised);
    if (!outcome.ok) throw new PortError(REFUSALS[outcome.code] ?? 'UNKNOWN', `the hand: ${outcome.code}`);
  }

  async reply(classId: string, reply: ToolReply): Promise<void> {
    await this.roundTrip();
    const request =
      reply.kind === 'answer'
        ? { kind: 'answer' as const, questionId: reply.questionId, choices: reply.choices }
        : reply.kind === 'check-in'
          ? { kind: 'check-in' as const, checkInId: reply.checkInId }
          : { kind: 'invitation' as const, seq: reply.seq, accepted: reply.accepted };
    const outcome = await this.school.reply(classId, this.userId, request);
    if (!outcome.ok) throw new PortError(REFUSALS[outcome.code] ?? 'UNKNOWN', `the ${reply.kind}: ${outcome.code}`);
  }
}
