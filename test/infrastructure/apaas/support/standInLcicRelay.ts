import { WxRequestOptions } from '../../../../infrastructure/shared/http/WxRequest';
import { LcicRoom, LcicUser } from '../../../../infrastructure/apaas/lcicModels';
import { Reply, standInRequest } from '../../tencent/support/standInRequest';

export const SDK_APP_ID = 3520371;

/**
 * The school server relaying LCIC, as docs/backend-api.md describes it: it holds LCIC's rooms
 * and users the way LCIC answers them (DescribeRoom without RoomId, DescribeUser per user,
 * LoginUser minting a token) and maps the student's session to their LCIC UserId.
 */
export class StandInLcicRelay {
  readonly rooms = new Map<number, LcicRoom>();
  readonly users = new Map<string, LcicUser>();
  /** Session token → LCIC UserId, as the school stored it after RegisterUser. */
  readonly sessions = new Map<string, string>();
  /**
   * When set, the login also carries a UserSig the school signed for the LCIC user, valid until this
   * time (Unix seconds), as an app that talks to TRTC and IM itself needs (docs/backend-api.md).
   */
  userSigsUntil: number | undefined;
  /** The LCIC app the rooms and users belong to. */
  sdkAppId = SDK_APP_ID;
  private issued = 0;

  addUser(UserId: string, Name?: string): void {
    this.users.set(UserId, { SdkAppId: this.sdkAppId, UserId, Name, Avatar: '', OriginId: null, RequestId: `req-user-${UserId}` });
  }

  addRoom(roomId: number, room: Partial<LcicRoom> = {}): void {
    this.rooms.set(roomId, {
      Name: '函数的单调性',
      StartTime: 1767225600,
      EndTime: 1767229200,
      TeacherId: 't1',
      SdkAppId: this.sdkAppId,
      MaxMicNumber: 6,
      Assistants: ['a1'],
      Status: 1,
      GroupId: null,
      RoomType: 0,
      RequestId: `req-room-${roomId}`,
      ...room,
    });
  }

  /** The relay's routes under the school server's base path. */
  routes(base = '/api/lesson'): Record<string, Reply | ((options: WxRequestOptions) => Reply)> {
    const table: Record<string, Reply | ((options: WxRequestOptions) => Reply)> = {};
    for (const roomId of [...this.rooms.keys(), 404404]) {
      table[`${base}/lcic/rooms/${roomId}`] = () => ({ statusCode: 200, data: this.describe(roomId) });
      table[`${base}/lcic/rooms/${roomId}/login`] = (options) => this.login(options);
    }
    return table;
  }

  request(base?: string) {
    return standInRequest(this.routes(base));
  }

  private describe(roomId: number) {
    const room = this.rooms.get(roomId);
    if (!room) return { DescribeRoom: lcicError('ResourceNotFound.Room', '房间不存在。') };
    const staff = [room.TeacherId, ...(room.Assistants ?? [])].filter((id): id is string => !!id);
    return { DescribeRoom: room, DescribeUser: staff.map((id) => this.describeUser(id)) };
  }

  private login(options: WxRequestOptions): Reply {
    const session = options.header.Authorization?.replace(/^Bearer /, '');
    const userId = session && this.sessions.get(session);
    if (!userId) return { statusCode: 401, data: { error: 'AUTH' } };
    const known = this.users.has(userId);
    const LoginUser = known
      ? { UserId: userId, Token: `token-${++this.issued}`, RequestId: 'req-login' }
      : lcicError('ResourceNotFound.User', '用户不存在。');
    const signed =
      known && this.userSigsUntil !== undefined ? { UserSig: { UserSig: `sig-${userId}`, ExpireTime: this.userSigsUntil } } : {};
    return { statusCode: 200, data: { LoginUser, DescribeUser: this.describeUser(userId), ...signed } };
  }

  private describeUser(userId: string) {
    return this.users.get(userId) ?? lcicError('ResourceNotFound.User', '用户不存在。');
  }
}

export function lcicError(Code: string, Message: string) {
  return { Error: { Code, Message }, RequestId: 'req-error' };
}
