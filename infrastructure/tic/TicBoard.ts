/**
 * The part of TEduBoard (TIC's board, from `getBoardInstance()`) a student's viewer uses. TIC
 * documents the board as unwrapped; these calls and events are the board SDK's own.
 */
export interface TicBoard {
  getBoardList(): string[];
  getCurrentBoard(): string;
  /** The file on show: DEFAULT_BOARD_FILE is the blank whiteboard every class starts with. */
  getCurrentFile(): string;
  /** A file's board ids in order: the page number is an id's index here. */
  getFileBoardList(fileId: string): string[];
  setDrawEnable(enable: boolean): void;
  /** Reloads the class's board state from the service, dropping local divergence. */
  syncAndReload(): void;
  on(event: string, handler: (...args: unknown[]) => void): void;
}

/** TEduBoard's id for the blank whiteboard file a classroom always has. */
export const DEFAULT_BOARD_FILE = '#DEFAULT';

/** The board events the viewer listens to (TEduBoard's names, typo included). */
export const TIC_BOARD_EVENT = {
  historySynced: 'TEB_HISTROYDATA_SYNCCOMPLETED',
  gotoBoard: 'TEB_GOTOBOARD',
  addBoard: 'TEB_ADDBOARD',
  deleteBoard: 'TEB_DELETEBOARD',
  switchFile: 'TEB_SWITCHFILE',
  error: 'TEB_ERROR',
} as const;

/** Whether an unknown value has the viewer calls; TIC hands the board out untyped. */
export function isTicBoard(value: unknown): value is TicBoard {
  if (typeof value !== 'object' || value === null) return false;
  const board = value as Record<string, unknown>;
  return ['getCurrentBoard', 'getCurrentFile', 'getFileBoardList', 'setDrawEnable', 'syncAndReload', 'on'].every(
    (name) => typeof board[name] === 'function',
  );
}
