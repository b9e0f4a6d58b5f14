import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { Unsubscribe } from './Unsubscribe';

/** Each event carries the sender as the service identified it, never as the payload claims. */
export type ClassControlEvent =
  | { readonly type: 'command'; readonly senderId: string; readonly command: TeacherCommand }
  | { readonly type: 'hand'; readonly senderId: string; readonly raised: boolean };

/** The signalling channel: my hand goes out, the teacher's commands and classmates' hands come in. */
export interface ClassControlPort {
  join(groupId: string): Promise<void>;
  leave(): Promise<void>;
  sendHand(raised: boolean): Promise<void>;
  subscribe(listener: (event: ClassControlEvent) => void): Unsubscribe;
}
