import { BoardState, WhiteboardPort } from '../../application/ports/WhiteboardPort';
import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { Listeners } from '../shared/Listeners';
import { LocalClassroomHub } from './LocalClassroomHub';

/** A board viewer that always follows the teacher's page; students do not draw. */
export class LocalWhiteboard implements WhiteboardPort {
  private readonly listeners = new Listeners<BoardState>();
  private stopWatching: (() => void) | undefined;

  constructor(private readonly hub: LocalClassroomHub) {}

  async open(classId: string): Promise<void> {
    this.stopWatching?.();
    this.stopWatching = this.hub.boards.watch(classId, (state) => this.listeners.emit(state));
    this.listeners.emit(this.hub.boards.state(classId));
  }

  async close(): Promise<void> {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  followTeacher(): void {
    // The local viewer never leaves the teacher's page, so there is nothing to catch up on.
  }

  subscribe(listener: (state: BoardState) => void): Unsubscribe {
    return this.listeners.add(listener);
  }
}
