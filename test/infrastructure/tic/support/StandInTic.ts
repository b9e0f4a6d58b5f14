import {
  TicBoardOption,
  TicCallback,
  TicCallbackResult,
  TicComponent,
  TicEventListener,
  TicImInstance,
  TicMessageListener,
  TicStatusListener,
} from '../../../../infrastructure/tic/TicComponent';
import { StandInBoardViewer } from './StandInBoard';
import { SDK_APP_ID, TicCloud } from './TicCloud';

const OK: TicCallbackResult = { module: 0, code: 0, desc: 'ok' };
const im = (code: number, desc: string): TicCallbackResult => ({ module: 0, code, desc });

/**
 * One student's `tic-component`: answers every call through its callback with `{module, code,
 * desc}` on a later tick, as the component does, checks the documented parameters (10002–10004),
 * keeps listener objects until removed (all of them when none is named), and gives out the
 * board viewer once a classroom is joined.
 */
export class StandInTic implements TicComponent {
  userId: string | undefined;
  classId: number | undefined;
  boardOption: TicBoardOption | undefined;
  private sdkAppId: number | undefined;
  private viewer: StandInBoardViewer | undefined;
  readonly messageListeners: TicMessageListener[] = [];
  readonly eventListeners: TicEventListener[] = [];
  readonly statusListeners: TicStatusListener[] = [];

  constructor(private readonly cloud: TicCloud) {
    cloud.clients.add(this);
  }

  init(sdkAppId: number, callback: TicCallback): void {
    if (typeof sdkAppId !== 'number' || !sdkAppId)
      return this.answer('init', callback, { module: 0, code: 10003, desc: 'sdkAppId missing' });
    this.sdkAppId = sdkAppId;
    this.answer('init', callback, sdkAppId === SDK_APP_ID ? OK : im(70020, 'sdkAppId not found'));
  }

  login(config: { userId: string; userSig: string }, callback: TicCallback): void {
    if (!this.sdkAppId) return this.answer('login', callback, im(6013, 'not initialised'));
    if (!config.userId) return this.answer('login', callback, { module: 0, code: 10002, desc: 'userId missing' });
    if (!config.userSig) return this.answer('login', callback, { module: 0, code: 10004, desc: 'userSig missing' });
    if (config.userSig !== `sig-${config.userId}`) return this.answer('login', callback, im(70003, 'userSig invalid'));
    this.userId = config.userId;
    this.answer('login', callback, OK);
  }

  logout(callback: TicCallback): void {
    this.userId = undefined;
    this.answer('logout', callback, OK);
  }

  createClassroom(classId: number, callback: TicCallback): void {
    this.cloud.createClassroom(classId);
    this.answer('createClassroom', callback, OK);
  }

  destroyClassroom(classId: number, callback: TicCallback): void {
    this.cloud.destroyClassroom(classId);
    this.answer('destroyClassroom', callback, OK);
  }

  joinClassroom(classId: number, boardOption: TicBoardOption, callback: TicCallback): void {
    if (!this.userId) return this.answer('joinClassroom', callback, im(6014, 'not logged in'));
    const classroom = this.cloud.classrooms.get(classId);
    if (!classroom) return this.answer('joinClassroom', callback, im(10010, 'group does not exist'));
    classroom.members.add(this.userId);
    this.classId = classId;
    this.boardOption = boardOption;
    this.viewer = new StandInBoardViewer(this.cloud.board, boardOption.drawEnable ?? true);
    this.cloud.board.viewers.add(this.viewer);
    const viewer = this.viewer;
    // The board loads the class's history after the join has answered.
    this.answer('joinClassroom', callback, OK, () => void Promise.resolve().then(() => viewer.emit('TEB_HISTROYDATA_SYNCCOMPLETED')));
  }

  quitClassroom(callback: TicCallback): void {
    if (this.classId !== undefined) this.cloud.classrooms.get(this.classId)?.members.delete(this.userId ?? '');
    this.leaveBoard();
    this.classId = undefined;
    this.answer('quitClassroom', callback, OK);
  }

  sendTextMessage(_userId: string, _text: string, callback: TicCallback): void {
    this.answer('sendTextMessage', callback, this.userId ? OK : im(6014, 'not logged in'));
  }

  sendCustomMessage(_userId: string, _data: string, callback: TicCallback): void {
    this.answer('sendCustomMessage', callback, this.userId ? OK : im(6014, 'not logged in'));
  }

  sendGroupTextMessage(text: string, callback: TicCallback): void {
    if (this.classId === undefined || !this.userId) return this.answer('sendGroupTextMessage', callback, im(10007, 'not a member'));
    this.cloud.groupTextSent.push({ from: this.userId, text });
    this.cloud.sendGroupText(this.userId, text);
    this.answer('sendGroupTextMessage', callback, OK);
  }

  sendGroupCustomMessage(data: string, callback: TicCallback): void {
    if (this.classId === undefined || !this.userId) return this.answer('sendGroupCustomMessage', callback, im(10007, 'not a member'));
    this.cloud.sendGroupCustom(this.userId, data);
    this.answer('sendGroupCustomMessage', callback, OK);
  }

  /**
   * TIC's bundled IM is WebIM v1 (`webim`, callback-style: `login`, `sendMsg`, `applyJoinBigGroup`,
   * `getGroupPublicInfo` with cbOk / cbErr): none of tim-wx-sdk's promise calls, no getGroupProfile.
   */
  getImInstance(): TicImInstance {
    const unused = (name: string) => () => {
      throw new Error(`the stand-in WebIM v1 does not serve ${name}`);
    };
    return {
      login: unused('login'),
      sendMsg: unused('sendMsg'),
      applyJoinBigGroup: unused('applyJoinBigGroup'),
      getGroupPublicInfo: unused('getGroupPublicInfo'),
    };
  }

  getBoardInstance(): StandInBoardViewer | undefined {
    return this.viewer;
  }

  addTICMessageListener(listener: TicMessageListener): void {
    this.messageListeners.push(listener);
  }

  removeTICMessageListener(listener?: TicMessageListener): void {
    remove(this.messageListeners, listener);
  }

  addTICEventListener(listener: TicEventListener): void {
    this.eventListeners.push(listener);
  }

  removeTICEventListener(listener?: TicEventListener): void {
    remove(this.eventListeners, listener);
  }

  addTICStatusListener(listener: TicStatusListener): void {
    this.statusListeners.push(listener);
  }

  removeTICStatusListener(listener?: TicStatusListener): void {
    remove(this.statusListeners, listener);
  }

  receiveGroupText(from: string, text: string): void {
    if (this.classId === undefined) return;
    for (const listener of [...this.messageListeners]) listener.onTICRecvGroupTextMessage?.(from, text, text.length);
  }

  receiveGroupCustom(from: string, data: string): void {
    if (this.classId === undefined) return;
    for (const listener of [...this.messageListeners]) listener.onTICRecvGroupCustomMessage?.(from, data, data.length);
  }

  /** Arguments go through unchecked, so a test can hand the adapters a malformed callback. */
  memberEvent(name: 'onTICMemberJoin' | 'onTICMemberQuit', members: unknown): void {
    if (this.classId === undefined) return;
    for (const listener of [...this.eventListeners]) listener[name]?.(members as string[]);
  }

  classroomDestroyed(classId: number): void {
    if (this.classId !== classId) return;
    this.classId = undefined;
    this.leaveBoard();
    for (const listener of [...this.eventListeners]) listener.onTICClassroomDestroy?.();
  }

  forceOffline(): void {
    this.userId = undefined;
    for (const listener of [...this.statusListeners]) listener.onTICForceOffline?.();
  }

  private leaveBoard(): void {
    if (this.viewer) this.cloud.board.viewers.delete(this.viewer);
    this.viewer = undefined;
  }

  private answer(method: string, callback: TicCallback, result: TicCallbackResult, then?: () => void): void {
    const scripted = this.cloud.scriptedAnswers.get(method);
    this.cloud.scriptedAnswers.delete(method);
    void Promise.resolve().then(() => {
      callback((scripted ?? result) as TicCallbackResult);
      if (!scripted || (scripted as TicCallbackResult).code === 0) then?.();
    });
  }
}

function remove<T>(list: T[], listener?: T): void {
  if (!listener) list.length = 0;
  else if (list.includes(listener)) list.splice(list.indexOf(listener), 1);
}
