import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { ClassState } from '../../domain/classroom/ClassState';
import { Unsubscribe } from './Unsubscribe';
import { ToolReply } from './ToolReply';

/**
 * Each event carries the sender as the service identified it, never as the payload claims.
 * Whether the sender may command is the classroom's to judge, not the adapter's.
 */
export type ClassControlEvent =
  | { readonly type: 'command'; readonly senderId: string; readonly seq: number; readonly command: TeacherCommand }
  /** `rev`: the number of the school server's change that made it; a copy at or below one already taken is a repeat. */
  | { readonly type: 'hand'; readonly senderId: string; readonly raised: boolean; readonly rev?: number };

export type { ClassState, StageSeat } from '../../domain/classroom/ClassState';
export { INITIAL_CLASS_STATE } from '../../domain/classroom/ClassState';

/**
 * The class's signalling: my hand goes to the school server, the staff's commands and classmates'
 * hands come in over IM as the server published them, and the state is the server's.
 */
export interface ClassControlPort {
  /** Joins the class's signalling group; throws PortError REJECTED when the service bans me from it. */
  join(classId: string, groupId: string): Promise<void>;
  leave(): Promise<void>;
  sendHand(raised: boolean): Promise<void>;
  /**
   * An answer, a check-in or an answer to an invitation, to the school server for the staff only.
   * Throws PortError CLOSED when the tool no longer takes it, NETWORK / TIMEOUT when unreachable.
   */
  sendReply(reply: ToolReply): Promise<void>;
  /**
   * The class state as the school server keeps it, numbered by it (docs/signalling.md, v3).
   * A class with no stored state yet reads as INITIAL_CLASS_STATE; a stored state this app
   * cannot read (malformed, or a newer version) reads as `undefined`, and the caller keeps
   * what it has. Throws PortError NOT_CONNECTED before `join`, NETWORK when unreachable.
   */
  currentState(): Promise<ClassState | undefined>;
  subscribe(listener: (event: ClassControlEvent) => void): Unsubscribe;
}
