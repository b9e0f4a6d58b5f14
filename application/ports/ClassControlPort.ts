import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { Unsubscribe } from './Unsubscribe';

/** Each event carries the sender as the service identified it, never as the payload claims. */
export type ClassControlEvent =
  | { readonly type: 'command'; readonly senderId: string; readonly command: TeacherCommand }
  | { readonly type: 'hand'; readonly senderId: string; readonly raised: boolean };

/** One student the teacher has on stage, and what they may publish. */
export interface StageSeat {
  readonly userId: string;
  readonly mic: boolean;
  readonly camera: boolean;
}

/**
 * The teacher's state of the class as the service holds it now. Read after a reconnect, so that
 * commands missed while offline are not lost and nothing stale is trusted.
 */
export interface ClassState {
  readonly stage: readonly StageSeat[];
  readonly chatMuted: boolean;
  readonly ended: boolean;
}

/** What a class looks like before the teacher has changed anything. */
export const INITIAL_CLASS_STATE: ClassState = { stage: [], chatMuted: false, ended: false };

/** The signalling channel: my hand goes out, the teacher's commands and classmates' hands come in. */
export interface ClassControlPort {
  join(groupId: string): Promise<void>;
  leave(): Promise<void>;
  sendHand(raised: boolean): Promise<void>;
  /** Throws PortError NOT_CONNECTED before `join`; a class with no state yet reads as INITIAL_CLASS_STATE. */
  currentState(): Promise<ClassState>;
  subscribe(listener: (event: ClassControlEvent) => void): Unsubscribe;
}
