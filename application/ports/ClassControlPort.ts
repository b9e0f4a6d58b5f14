import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { INITIAL_TEACHER_STATE, TeacherState } from '../../domain/classroom/TeacherState';
import { Unsubscribe } from './Unsubscribe';

/** Each event carries the sender as the service identified it, never as the payload claims. */
export type ClassControlEvent =
  | { readonly type: 'command'; readonly senderId: string; readonly command: TeacherCommand }
  | { readonly type: 'hand'; readonly senderId: string; readonly raised: boolean };

export type { StageSeat } from '../../domain/classroom/TeacherState';

/** The teacher's state of the class as the service holds it now (see TeacherState). */
export type ClassState = TeacherState;

/** What a class looks like before the teacher has changed anything. */
export const INITIAL_CLASS_STATE: ClassState = INITIAL_TEACHER_STATE;

/** The signalling channel: my hand goes out, the teacher's commands and classmates' hands come in. */
export interface ClassControlPort {
  join(groupId: string): Promise<void>;
  leave(): Promise<void>;
  sendHand(raised: boolean): Promise<void>;
  /** Throws PortError NOT_CONNECTED before `join`; a class with no state yet reads as INITIAL_CLASS_STATE. */
  currentState(): Promise<ClassState>;
  subscribe(listener: (event: ClassControlEvent) => void): Unsubscribe;
}
