import { Logger } from '../../application/ports/PlatformPorts';
import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { BoardState, WhiteboardPort } from '../../application/ports/WhiteboardPort';
import { Listeners } from '../shared/Listeners';
import { DEFAULT_BOARD_FILE, isTicBoard, TIC_BOARD_EVENT, TicBoard } from './TicBoard';
import { TicSession } from './TicSession';

const OFF: BoardState = { on: false, page: 0 };

/**
 * TIC's board viewer (`getBoardInstance()`, present once the classroom is joined). Every TIC
 * classroom has a board, blank at first, so "showing" needs a rule: the board is on while the
 * teacher has a courseware file open, off on the blank default whiteboard (and when the
 * classroom goes). The page is the current board's place in that file. Students never draw:
 * protocol v1 grants only a microphone and a camera, so drawing stays off.
 */
export class TicWhiteboard implements WhiteboardPort {
  private readonly listeners = new Listeners<BoardState>();
  private state: BoardState = OFF;
  private board: TicBoard | undefined;
  /** TEduBoard has no documented `off`: handlers of an older attachment check this and stand down. */
  private attachment = 0;
  private stopWatching: Unsubscribe[] = [];

  constructor(
    private readonly session: TicSession,
    private readonly logger: Logger,
  ) {}

  /** Opening again (after a reconnect) keeps the board as it is; a rejoined classroom re-attaches. */
  async open(): Promise<void> {
    if (this.stopWatching.length) return;
    this.state = OFF;
    this.listeners.emit(this.state);
    this.stopWatching = [
      this.session.onClassroomJoined(() => this.attach(false)),
      this.session.listeners.classroomDestroyed.add(() => this.show(OFF)),
    ];
    if (this.session.classroomGroupId) this.attach(true);
  }

  async close(): Promise<void> {
    for (const stop of this.stopWatching) stop();
    this.stopWatching = [];
    this.attachment += 1;
    this.board = undefined;
    this.state = OFF;
  }

  /** Reloads the teacher's board: whatever this viewer shows now gives way to the class's state. */
  followTeacher(): void {
    this.safely('syncAndReload', () => this.board?.syncAndReload());
  }

  subscribe(listener: (state: BoardState) => void): Unsubscribe {
    return this.listeners.add(listener);
  }

  private attach(classroomAlreadyJoined: boolean): void {
    const board = this.safely('getBoardInstance', () => this.session.board());
    if (!isTicBoard(board)) {
      this.logger.warn('tic.board_missing', { reason: 'getBoardInstance() gave no board viewer' });
      return;
    }
    const attachment = ++this.attachment;
    this.board = board;
    const current = (handler: () => void) => () => attachment === this.attachment && this.safely('board event', handler);
    board.setDrawEnable(false);
    for (const event of [
      TIC_BOARD_EVENT.historySynced,
      TIC_BOARD_EVENT.gotoBoard,
      TIC_BOARD_EVENT.addBoard,
      TIC_BOARD_EVENT.deleteBoard,
      TIC_BOARD_EVENT.switchFile,
    ]) {
      board.on(
        event,
        current(() => this.show(this.read(board))),
      );
    }
    board.on(TIC_BOARD_EVENT.error, (code: unknown, message: unknown) => {
      if (attachment === this.attachment) this.logger.warn('tic.board_error', { code: String(code), message: String(message) });
    });
    // Joined before this viewer opened: the history sync already happened, so ask for it again.
    if (classroomAlreadyJoined) this.followTeacher();
  }

  private read(board: TicBoard): BoardState {
    const file = board.getCurrentFile();
    if (!file || file === DEFAULT_BOARD_FILE) return OFF;
    const index = board.getFileBoardList(file).indexOf(board.getCurrentBoard());
    return { on: true, page: index < 0 ? 0 : index };
  }

  private show(state: BoardState): void {
    if (state.on === this.state.on && state.page === this.state.page) return;
    this.state = state;
    this.listeners.emit(state);
  }

  private safely<T>(what: string, run: () => T): T | undefined {
    try {
      return run();
    } catch (error) {
      this.logger.warn('tic.board_failed', { what, error: String(error) });
      return undefined;
    }
  }
}
