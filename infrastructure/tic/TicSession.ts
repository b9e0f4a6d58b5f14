import { TIC_ERROR_CODES } from './ticErrors';
import { ImLogin } from '../../application/ports/ChatPort';
import { Clock, Logger } from '../../application/ports/PlatformPorts';
import { PortError } from '../../application/ports/PortError';
import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { Listeners } from '../shared/Listeners';
import { ticCall } from './ticCall';
import { TicComponent } from './TicComponent';
import { TicListeners } from './TicListeners';
import { TicPageBinding } from './TicPageBinding';

export type ClassroomHolder = 'chat' | 'control';

/** A student watches the board: TIC's default lets everyone draw. */
const VIEWER_BOARD = { drawEnable: false } as const;

/**
 * One TIC component, initialised and logged in once, in at most one classroom. TIC's classroom
 * is one IM group (its id is the classroom number), so chat and signalling share it: the
 * classroom is joined when the first of them asks and quit when both have left.
 */
export class TicSession {
  readonly listeners: TicListeners;
  private initialisedFor: number | undefined;
  private me: string | undefined;
  private classroom: { classId: number; joined: Promise<void> } | undefined;
  private readonly holders = new Set<ClassroomHolder>();
  private readonly joinedClassroom = new Listeners<string>();
  /** From class info: the classroom number and the group names the backend gives it. */
  private known: { classId: number; groupIds: readonly string[] } | undefined;

  constructor(
    private readonly binding: TicPageBinding,
    private readonly clock: Clock,
    logger: Logger,
  ) {
    this.listeners = new TicListeners(logger);
  }

  get userId(): string | undefined {
    return this.me;
  }

  /**
   * The class's TIC classroom is its room number; the backend's chat and signalling group ids
   * then name that one classroom group. Without class info, a group id must be the number itself.
   */
  setClassInfo(info: { readonly roomId: string; readonly chatGroupId: string; readonly signalGroupId: string }): void {
    const classId = Number(info.roomId);
    this.known =
      Number.isInteger(classId) && classId > 0 ? { classId, groupIds: [info.roomId, info.chatGroupId, info.signalGroupId] } : undefined;
  }

  /** The IM group TIC made for the classroom (TIC names it by the classroom number). */
  get classroomGroupId(): string | undefined {
    return this.holders.size && this.classroom ? String(this.classroom.classId) : undefined;
  }

  async login(login: ImLogin): Promise<void> {
    const tic = this.binding.tic();
    // TIC's own checks answer with numbers IM also uses (10002–10004); checked here, TIC's answers keep IM's meaning.
    const missing = !login.userId ? 10002 : !login.sdkAppId ? 10003 : !login.userSig ? 10004 : undefined;
    if (missing) {
      const { code, message } = TIC_ERROR_CODES[missing];
      throw new PortError(code, message, { action: 'login', missing });
    }
    if (this.initialisedFor !== login.sdkAppId) {
      await ticCall(this.clock, 'init', (done) => tic.init(login.sdkAppId, done));
      this.initialisedFor = login.sdkAppId;
    }
    this.listeners.register(tic);
    await ticCall(this.clock, 'login', (done) => tic.login({ userId: login.userId, userSig: login.userSig }, done));
    this.me = login.userId;
  }

  async logout(): Promise<void> {
    if (!this.me) return;
    const tic = this.binding.tic();
    this.holders.clear();
    await this.quit(tic).catch(() => undefined);
    this.me = undefined;
    this.listeners.unregister();
    await ticCall(this.clock, 'logout', (done) => tic.logout(done));
  }

  /** Joins the classroom whose number is `groupId`, once for both holders. */
  async join(groupId: string, holder: ClassroomHolder): Promise<void> {
    if (!this.me) throw new PortError('NOT_CONNECTED', 'not logged in to TIC');
    const classId = this.classroomFor(groupId);
    if (this.classroom && this.classroom.classId !== classId) {
      throw new PortError('UNSUPPORTED', `TIC is in one classroom at a time: ${this.classroom.classId}, not ${classId}`);
    }
    if (!this.classroom) {
      const tic = this.binding.tic();
      const joined = ticCall(this.clock, 'joinClassroom', (done) => tic.joinClassroom(classId, VIEWER_BOARD, done));
      this.classroom = { classId, joined };
      joined.then(() => this.joinedClassroom.emit(String(classId))).catch(() => undefined);
    }
    const { joined } = this.classroom;
    try {
      await joined;
    } catch (error) {
      if (this.classroom?.joined === joined) this.classroom = undefined;
      throw error;
    }
    this.holders.add(holder);
  }

  async leave(holder: ClassroomHolder): Promise<void> {
    if (!this.holders.delete(holder) || this.holders.size) return;
    await this.quit(this.binding.tic());
  }

  /** Called with the group id each time a classroom is joined (the board exists from then on). */
  onClassroomJoined(listener: (groupId: string) => void): Unsubscribe {
    return this.joinedClassroom.add(listener);
  }

  sendGroupText(text: string): Promise<void> {
    const tic = this.binding.tic();
    return ticCall(this.clock, 'sendGroupTextMessage', (done) => tic.sendGroupTextMessage(text, done));
  }

  sendGroupCustom(data: string): Promise<void> {
    const tic = this.binding.tic();
    return ticCall(this.clock, 'sendGroupCustomMessage', (done) => tic.sendGroupCustomMessage(data, done));
  }

  board(): unknown {
    return this.binding.tic().getBoardInstance();
  }

  private classroomFor(groupId: string): number {
    if (this.known) {
      if (this.known.groupIds.includes(groupId)) return this.known.classId;
      throw new PortError('UNSUPPORTED', `group "${groupId}" is not this class's TIC classroom (${this.known.classId})`);
    }
    const classId = Number(groupId);
    if (Number.isInteger(classId) && classId > 0) return classId;
    throw new PortError('UNSUPPORTED', `TIC classrooms are numbered; group "${groupId}" is not a classroom number`);
  }

  private async quit(tic: TicComponent): Promise<void> {
    if (!this.classroom) return;
    this.classroom = undefined;
    await ticCall(this.clock, 'quitClassroom', (done) => tic.quitClassroom(done));
  }
}
