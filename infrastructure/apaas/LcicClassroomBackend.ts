import { ClassInfo, ClassroomBackendPort, Credentials } from '../../application/ports/ClassroomBackendPort';
import { Clock } from '../../application/ports/PlatformPorts';
import { PortError } from '../../application/ports/PortError';
import { getJson } from '../shared/http/getJson';
import { WxRequest } from '../shared/http/WxRequest';
import { mapLcicLogin } from './mapLcicLogin';
import { mapLcicRoom } from './mapLcicRoom';

export interface LcicBackendOptions {
  /** The school server that relays LCIC, e.g. https://school.example/api/lesson (docs/backend-api.md). */
  readonly baseUrl: string;
  /** The app's own login session; the school server knows the student, and their LCIC UserId, by it. */
  readonly sessionToken: () => string | undefined;
  /** The LCIC SdkAppId this build belongs to; rooms and users of another app are refused. */
  readonly sdkAppId?: number;
  readonly timeoutMs?: number;
  /**
   * What the credentials carry as `userSig`: LCIC's login token (default), which LCIC's own clients
   * take, or the `UserSig` the school server signs beside it (relayed login's `UserSig`), which TRTC
   * and IM take: the Tencent family with `backend: "lcic"` needs the latter.
   */
  readonly credentials?: 'lcic-token' | 'relayed-usersig';
}

/** LCIC room ids are positive integers; TRTC takes numeric rooms up to 2^32 - 1. */
const MAX_ROOM_ID = 4_294_967_295;

/**
 * A class described by Tencent Cloud LCIC (classroom aPaaS). LCIC's API needs the SecretKey, so
 * the mini-program never calls it: the school server calls DescribeRoom, DescribeUser and
 * LoginUser and relays their Responses untouched; this adapter maps them to the class and the
 * student's credentials. The class id the student types is the LCIC RoomId.
 */
export class LcicClassroomBackend implements ClassroomBackendPort {
  constructor(
    private readonly request: WxRequest,
    private readonly clock: Clock,
    private readonly options: LcicBackendOptions,
  ) {}

  async classInfo(classId: string): Promise<ClassInfo> {
    const roomId = roomIdOf(classId);
    return mapLcicRoom(roomId, await this.get(`/lcic/rooms/${roomId}`), this.options.sdkAppId);
  }

  async credentials(classId: string): Promise<Credentials> {
    const roomId = roomIdOf(classId);
    const requestedAt = this.clock.now();
    const body = await this.get(`/lcic/rooms/${roomId}/login`);
    return mapLcicLogin(body, requestedAt, this.options.sdkAppId, this.options.credentials === 'relayed-usersig');
  }

  private get(path: string): Promise<unknown> {
    return getJson(this.request, this.options, path);
  }
}

/** A class code that cannot be an LCIC room is not found, without asking anyone. */
function roomIdOf(classId: string): number {
  const roomId = /^[1-9][0-9]{0,9}$/.test(classId) ? Number(classId) : NaN;
  if (!(roomId <= MAX_ROOM_ID)) throw new PortError('CLASS_NOT_FOUND', `"${classId}" is not an LCIC room id`);
  return roomId;
}
