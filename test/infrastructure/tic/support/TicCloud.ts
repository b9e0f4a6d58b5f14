import { fitsGroupField } from '../../../../infrastructure/shared/im/groupFieldLimits';
import { TicCallbackResult } from '../../../../infrastructure/tic/TicComponent';
import { WebrtcRoomCodes } from '../../../../infrastructure/tic/WebrtcRoom';
import { StandInBoardService } from './StandInBoard';
import type { StandInTic } from './StandInTic';
import type { StandInWebrtcRoom } from './StandInWebrtcRoom';

/** `CONSTANT.ROOM` as Tencent's public TIC mini-program sources define it. */
export const ROOM_CODES: WebrtcRoomCodes = {
  ERROR_OPEN_CAMERA: -4,
  ERROR_OPEN_MIC: -5,
  ERROR_PUSH_DISCONNECT: -6,
  ERROR_CAMERA_MIC_PERMISSION: -7,
  ERROR_EXCEEDS_THE_MAX_MEMBER: -8,
  ERROR_REQUEST_ROOM_SIG: -9,
  ERROR_JOIN_ROOM: -10,
  SUCC_PUSH: 10,
  SUCC_JOIN_ROOM: 11,
  SUCC_MEMBERS_LIST: 12,
  NETWORK_CHANGE: 13,
  PUSHER_LOADING: 14,
  PUSHER_PLAY: 15,
  PLAYER_LOADING: 16,
  PLAYER_PLAY: 17,
  PLAYER_DISCONNECT: 18,
  EXIT_ROOM: 19,
};

export const SDK_APP_ID = 1400000001;

/**
 * The services behind TIC, in one place: the classroom groups with their members, managers and profile fields,
 * the board, and the TRTC rooms. Tests act as the teacher and classmates through its methods,
 * while the student's app reaches it only through StandInTic and StandInWebrtcRoom.
 */
export class TicCloud {
  readonly clients = new Set<StandInTic>();
  readonly rooms = new Set<StandInWebrtcRoom>();
  readonly classrooms = new Map<number, { members: Set<string>; managers: Set<string>; fields: Record<string, string> }>();
  readonly board = new StandInBoardService();
  /** Users publishing in the TRTC room, in the order they started. */
  readonly pushers: string[] = [];
  readonly groupCustomSent: { from: string; data: string }[] = [];
  readonly groupTextSent: { from: string; text: string }[] = [];
  /** The next answer of a TIC method, replacing the service's own (to script a failure). */
  readonly scriptedAnswers = new Map<string, unknown>();
  maxRoomMembers = 20;

  /** TIC's createClassroom makes a Public group owned by its creator; assistants are made its admins. */
  createClassroom(classId: number, managers: readonly string[] = []): void {
    this.classrooms.set(classId, { members: new Set(), managers: new Set(managers), fields: {} });
  }

  answerNext(method: string, answer: TicCallbackResult | unknown): void {
    this.scriptedAnswers.set(method, answer);
  }

  /** A group message from someone else's TIC, as the classroom's members receive it. */
  sendGroupText(from: string, text: string): void {
    for (const client of this.clients) if (client.userId !== from) client.receiveGroupText(from, text);
  }

  /** A group custom message from a member's client or, through IM's REST API, sent on a member's behalf. */
  sendGroupCustom(from: string, data: string): void {
    this.groupCustomSent.push({ from, data });
    for (const client of this.clients) if (client.userId !== from) client.receiveGroupCustom(from, data);
  }

  /** `writer`'s client updates the group's profile: a Public group's owner and admins may, nobody else (IM answers 10007). */
  setGroupField(classId: number, key: string, value: string, writer: string): boolean {
    const classroom = this.classrooms.get(classId)!;
    if (!classroom.managers.has(writer)) return false;
    if (!fitsGroupField(key, value)) return false;
    classroom.fields[key] = value;
    return true;
  }

  membersJoin(classId: number, ...userIds: string[]): void {
    for (const id of userIds) this.classrooms.get(classId)!.members.add(id);
    for (const client of this.clients) client.memberEvent('onTICMemberJoin', userIds);
  }

  membersQuit(classId: number, ...userIds: string[]): void {
    for (const id of userIds) this.classrooms.get(classId)!.members.delete(id);
    for (const client of this.clients) client.memberEvent('onTICMemberQuit', userIds);
  }

  destroyClassroom(classId: number): void {
    this.classrooms.delete(classId);
    for (const client of this.clients) client.classroomDestroyed(classId);
  }

  forceOffline(userId: string): void {
    for (const client of this.clients) if (client.userId === userId) client.forceOffline();
  }

  /** Someone starts publishing in the room; every entered webrtc-room hears the new member list. */
  push(userId: string): void {
    if (!this.pushers.includes(userId)) this.pushers.push(userId);
    for (const room of this.rooms) room.membersChanged();
  }

  stopPush(userId: string): void {
    const at = this.pushers.indexOf(userId);
    if (at >= 0) this.pushers.splice(at, 1);
    for (const room of this.rooms) room.membersChanged();
  }

  /** The network drops: every pusher's connection breaks (live-pusher -1307). */
  dropConnection(): void {
    for (const room of [...this.rooms]) room.connectionDropped();
  }
}
