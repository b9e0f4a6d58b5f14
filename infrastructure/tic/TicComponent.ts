/**
 * The TIC mini-program component (`tic-component`, from `selectComponent('#tx_board')`), typed
 * from the TIC SDK documentation because TIC is not on npm. Only the documented surface is here.
 */

/** Which part of TIC answered: 0 IM, 1 TRTC, 2 the board. */
export const TIC_MODULE = { im: 0, trtc: 1, board: 2 } as const;

/** Every TIC callback receives this; `code` 0 is success. */
export interface TicCallbackResult {
  readonly module: number;
  readonly code: number;
  readonly desc: string;
}

export type TicCallback = (result: TicCallbackResult) => void;

/** `joinClassroom`'s board options (all optional; TIC's defaults in the comments). */
export interface TicBoardOption {
  /** Width:height of the board, default '16:9'. */
  readonly ratio?: string;
  /** Whether this user may draw, default true. */
  readonly drawEnable?: boolean;
  readonly brushColor?: string;
  readonly brushThin?: number;
  readonly toolType?: number;
  readonly globalBackgroundColor?: string;
  /** Whether local board changes are sent to the class, default true. */
  readonly dataSyncEnable?: boolean;
  readonly smoothLevel?: number;
}

/** Receive callbacks; each `send…` method has its counterpart here. */
export interface TicMessageListener {
  onTICRecvTextMessage?(fromUserId: string, text: string, textLen: number): void;
  onTICRecvCustomMessage?(fromUserId: string, data: string, dataLen: number): void;
  onTICRecvGroupTextMessage?(fromUserId: string, text: string, textLen: number): void;
  onTICRecvGroupCustomMessage?(fromUserId: string, data: string, dataLen: number): void;
  /** Every message, the ones above included, except the board's own sync messages. */
  onTICRecvMessage?(msg: unknown): void;
}

export interface TicEventListener {
  onTICMemberJoin?(members: string[]): void;
  onTICMemberQuit?(members: string[]): void;
  onTICClassroomDestroy?(): void;
}

export interface TicStatusListener {
  /** Logged out because the account logged in on another device. */
  onTICForceOffline?(): void;
}

/**
 * What `getImInstance()` hands out: TIC's bundled WebIM v1 (the `webim` object of webim 1.7),
 * which has no `getGroupProfile` or online count. No adapter reads it.
 */
export type TicImInstance = unknown;

export interface TicComponent {
  init(sdkAppId: number, callback: TicCallback): void;
  login(loginConfig: { userId: string; userSig: string }, callback: TicCallback): void;
  logout(callback: TicCallback): void;
  /** Teachers only. */
  createClassroom(classId: number, callback: TicCallback): void;
  /** Teachers only: dissolves the classroom's group and board. */
  destroyClassroom(classId: number, callback: TicCallback): void;
  joinClassroom(classId: number, boardOption: TicBoardOption, callback: TicCallback): void;
  quitClassroom(callback: TicCallback): void;
  sendTextMessage(userId: string, text: string, callback: TicCallback): void;
  sendCustomMessage(userId: string, data: string, callback: TicCallback): void;
  /** To the classroom's group. */
  sendGroupTextMessage(text: string, callback: TicCallback): void;
  /** To the classroom's group; `data` is the whole payload (TIC exposes no extension field). */
  sendGroupCustomMessage(data: string, callback: TicCallback): void;
  getImInstance(): TicImInstance | undefined;
  /** The TEduBoard instance, unwrapped by TIC; exists once a classroom is joined. */
  getBoardInstance(): unknown;
  addTICMessageListener(listener: TicMessageListener): void;
  /** Without a listener, removes them all. */
  removeTICMessageListener(listener?: TicMessageListener): void;
  addTICEventListener(listener: TicEventListener): void;
  removeTICEventListener(listener?: TicEventListener): void;
  addTICStatusListener(listener: TicStatusListener): void;
  removeTICStatusListener(listener?: TicStatusListener): void;
}
