import { Unsubscribe } from './Unsubscribe';

export interface BoardState {
  readonly on: boolean;
  readonly page: number;
}

/** The teacher's board: whether it is showing, which page, and following the teacher. */
export interface WhiteboardPort {
  open(classId: string): Promise<void>;
  close(): Promise<void>;
  followTeacher(): void;
  subscribe(listener: (state: BoardState) => void): Unsubscribe;
}
