import { BoardState } from '../ports/WhiteboardPort';
import { LessonSession } from '../session/LessonSession';

export class HandleBoardChange {
  constructor(private readonly session: LessonSession) {}

  execute(state: BoardState): void {
    if (!this.session.hasClassroom) return;
    const { board } = this.session.classroom;
    if (board.on === state.on && board.page === state.page) return;
    this.session.follow((classroom) => classroom.setBoard(state.on, state.page));
  }
}
