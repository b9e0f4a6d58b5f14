import { TicBoard } from '../../../../infrastructure/tic/TicBoard';

type Handler = (...args: unknown[]) => void;

/**
 * The class's board as the teacher's TEduBoard keeps it: files of boards, one current. Every
 * class has the blank '#DEFAULT' whiteboard; the teacher opens courseware to show it.
 */
export class StandInBoardService {
  readonly files = new Map<string, string[]>([['#DEFAULT', ['#DEFAULT-1']]]);
  file = '#DEFAULT';
  current = '#DEFAULT-1';
  readonly viewers = new Set<StandInBoardViewer>();

  /** The teacher opens the courseware at a page (a file of enough pages). */
  show(page: number, fileId = 'courseware'): void {
    const boards = this.files.get(fileId) ?? [];
    while (boards.length <= page) boards.push(`${fileId}-${boards.length + 1}`);
    this.files.set(fileId, boards);
    if (this.file !== fileId) {
      this.file = fileId;
      this.current = boards[page];
      this.emit('TEB_SWITCHFILE', fileId);
    }
    this.current = boards[page];
    this.emit('TEB_GOTOBOARD', this.current, fileId);
  }

  /** The teacher goes back to the blank whiteboard. */
  hide(): void {
    this.file = '#DEFAULT';
    this.current = '#DEFAULT-1';
    this.emit('TEB_SWITCHFILE', this.file);
  }

  /** The board service reports an error to every viewer. */
  fail(code: number, message: string): void {
    this.emit('TEB_ERROR', code, message);
  }

  private emit(event: string, ...args: unknown[]): void {
    for (const viewer of this.viewers) viewer.emit(event, ...args);
  }
}

/** One student's TEduBoard: shows the class's board, draws only when enabled, has no `off`. */
export class StandInBoardViewer implements TicBoard {
  drawEnable: boolean;
  reloads = 0;
  private readonly handlers = new Map<string, Handler[]>();

  constructor(
    private readonly service: StandInBoardService,
    drawEnable: boolean,
  ) {
    this.drawEnable = drawEnable;
  }

  getBoardList(): string[] {
    return [...this.service.files.values()].flat();
  }

  getCurrentFile(): string {
    return this.service.file;
  }

  getFileBoardList(fileId: string): string[] {
    return [...(this.service.files.get(fileId) ?? [])];
  }

  getCurrentBoard(): string {
    return this.service.current;
  }

  setDrawEnable(enable: boolean): void {
    this.drawEnable = enable;
  }

  syncAndReload(): void {
    this.reloads += 1;
    void Promise.resolve().then(() => this.emit('TEB_HISTROYDATA_SYNCCOMPLETED'));
  }

  on(event: string, handler: Handler): void {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
  }

  emit(event: string, ...args: unknown[]): void {
    for (const handler of this.handlers.get(event) ?? []) handler(...args);
  }
}
