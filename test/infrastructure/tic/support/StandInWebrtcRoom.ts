import { RoomEventDetail, WebrtcRoomAttributes, WebrtcRoomInstance } from '../../../../infrastructure/tic/WebrtcRoom';
import { ROOM_CODES, TicCloud } from './TicCloud';

/**
 * `<webrtc-room>` as TIC ships it: `start` reads the attributes the page bound, asks the
 * signature service (privateMapKey and UserSig are checked there, failures carry the service's
 * code in the detail) and enters the room; room events go out through `triggerEvent('RoomEvent',
 * {tag, code, detail})`, errors with tag 'error'. The member list is the live-pusher's 1020
 * message passed through JSON.stringify, as the component does.
 */
/**
 * How many others each template of TIC's webrtc-room admits: both are 1-to-1 layouts (one big
 * view and one small, or two side by side), and the component refuses a third member
 * (ERROR_EXCEEDS_THE_MAX_MEMBER).
 */
export const TEMPLATE_OTHERS: Readonly<Record<WebrtcRoomAttributes['template'], number>> = { '1v1bigsmall': 1, '1v1horizontal': 1 };

export class StandInWebrtcRoom implements WebrtcRoomInstance {
  started = 0;
  stopped = 0;
  cameraSwitches = 0;
  private inRoom = false;
  private networkDown = false;

  constructor(
    private readonly cloud: TicCloud,
    readonly attributes: () => Partial<WebrtcRoomAttributes>,
    private readonly triggerEvent: (name: 'RoomEvent', detail: RoomEventDetail) => void,
  ) {}

  start(): void {
    this.started += 1;
    const { userID, userSig, privateMapKey, roomID, sdkAppID, enableIM, template } = this.attributes();
    if (enableIM !== false) throw new Error('with TIC, webrtc-room must have enableIM false');
    void Promise.resolve().then(() => {
      if (!privateMapKey) return this.error('ERROR_REQUEST_ROOM_SIG', 'error|code:80 |message:获取推流地址错误');
      if (privateMapKey !== `pmk-${roomID}-${userID}` || userSig !== `sig-${userID}` || !sdkAppID) {
        return this.error('ERROR_REQUEST_ROOM_SIG', 'error|code:87 |message:获取推流地址错误');
      }
      if (this.othersInRoom(userID) + 1 > Math.min(this.cloud.maxRoomMembers, TEMPLATE_OTHERS[template ?? '1v1bigsmall'] + 1)) {
        return this.error('ERROR_EXCEEDS_THE_MAX_MEMBER', '当前课堂超过最大人数');
      }
      this.inRoom = true;
      this.cloud.rooms.add(this);
      this.post('ok', ROOM_CODES.SUCC_JOIN_ROOM, '进房成功');
      if (this.cloud.pushers.length) this.membersChanged();
    });
  }

  pause(): void {}

  resume(): void {}

  stop(): void {
    this.stopped += 1;
    this.exit();
  }

  switchCamera(): void {
    this.cameraSwitches += 1;
  }

  membersChanged(): void {
    if (this.networkDown) return;
    const me = this.attributes().userID;
    const userlist = this.cloud.pushers.filter((id) => id !== me).map((userid) => ({ userid, playurl: `room://${userid}` }));
    this.post('ok', ROOM_CODES.SUCC_MEMBERS_LIST, JSON.stringify(JSON.stringify({ userlist })));
  }

  connectionDropped(): void {
    this.error('ERROR_PUSH_DISCONNECT', '推流链接断开');
    this.exit();
  }

  /** The pusher is put out of the room (live-pusher 1019). */
  kickedOut(): void {
    this.error('ERROR_JOIN_ROOM', '进音视频房间错误');
    this.exit();
  }

  /** Any event, raw: for events of the wrong shape or unknown codes. */
  post(tag: string, code: number, detail?: unknown): void {
    this.triggerEvent('RoomEvent', { tag, code, detail });
  }

  error(name: keyof typeof ROOM_CODES, detail: string): void {
    this.post('error', ROOM_CODES[name], detail);
  }

  get entered(): boolean {
    return this.inRoom;
  }

  /**
   * The phone's network changes (live-pusher 1021): the component posts NETWORK_CHANGE and
   * re-enters by itself, which succeeds once the network is back.
   */
  network(up: boolean): void {
    if (!this.inRoom || up !== this.networkDown) return;
    this.networkDown = !up;
    if (!up) this.post('ok', ROOM_CODES.NETWORK_CHANGE, '网络类型发生变化，需要重新进房');
    else {
      this.post('ok', ROOM_CODES.SUCC_JOIN_ROOM, '进房成功');
      this.membersChanged();
    }
  }

  /** Everyone else in the TRTC room: whoever publishes, and every other entered webrtc-room. */
  private othersInRoom(me: string | undefined): number {
    const occupants = new Set([...this.cloud.pushers, ...[...this.cloud.rooms].map((room) => room.attributes().userID)]);
    occupants.delete(me ?? '');
    return occupants.size;
  }

  private exit(): void {
    if (!this.inRoom) return;
    this.inRoom = false;
    this.cloud.rooms.delete(this);
  }
}
