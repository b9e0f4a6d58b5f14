import { ClassState } from '../../../domain/classroom/ClassState';
import { ToolReply } from '../../../application/ports/ToolReply';

/**
 * The school server as the class's authority (docs/signalling.md, v3), from a student's app: it
 * keeps the class state and takes the student's hand. Every family's signalling adapter reads
 * and raises through one of these; IM only carries what the server published.
 */
export interface ClassStateServer {
  /**
   * The class state as the server stores it; `undefined` when the answer is not a state this app
   * can read (the caller keeps what it has). Throws PortError NETWORK / TIMEOUT when unreachable.
   */
  read(classId: string): Promise<ClassState | undefined>;
  /** Throws PortError when the server did not store it (unreachable, removed, class over, queue full). */
  hand(classId: string, raised: boolean): Promise<void>;
  /** Throws PortError CLOSED when the tool no longer takes it, others as `hand` does. */
  reply(classId: string, reply: ToolReply): Promise<void>;
}
