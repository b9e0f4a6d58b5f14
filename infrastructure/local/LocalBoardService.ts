import { BoardState } from '../../application/ports/WhiteboardPort';
import { Listeners } from '../shared/Listeners';

/** Each class's board as the teacher leaves it; viewers follow the teacher's page. */
export class LocalBoardService {
  private readonly boards = new Map<string, { state: BoardState; viewers: Listeners<BoardState> }>();

  state(classId: string): BoardState {
    return this.board(classId).state;
  }

  set(classId: string, state: BoardState): void {
    const board = this.board(classId);
    board.state = state;
    board.viewers.emit(state);
  }

  watch(classId: string, viewer: (state: BoardState) => void): () => void {
    return this.board(classId).viewers.add(viewer);
  }

  private board(classId: string) {
    let board = this.boards.get(classId);
    if (!board) this.boards.set(classId, (board = { state: { on: false, page: 0 }, viewers: new Listeners<BoardState>() }));
    return board;
  }
}
