import { ClassInfo } from '../../application/ports/ClassroomBackendPort';
import { MediaTicket } from '../../application/ports/MediaRoomPort';
import { PortError } from '../../application/ports/PortError';
import { getJson, SchoolServer } from '../shared/http/getJson';
import { WxRequest } from '../shared/http/WxRequest';

/**
 * webrtc-room's room key (privateMapKey) from the school server, which signs it with the app's
 * secret key for this student and this room: `GET {base}/classes/{classId}/room-key`
 * (docs/backend-api.md). The media room knows only the room, so the class comes from the class
 * info the backend handed over before the join.
 */
export class SchoolRoomKeys {
  private readonly classOfRoom = new Map<string, string>();

  constructor(
    private readonly request: WxRequest,
    private readonly server: SchoolServer,
  ) {}

  learn(info: ClassInfo): void {
    this.classOfRoom.set(info.roomId, info.classId);
  }

  readonly keyFor = async ({ roomId, userId }: MediaTicket): Promise<string> => {
    const classId = this.classOfRoom.get(roomId);
    if (classId === undefined) throw new PortError('NOT_CONNECTED', `no class known for room ${roomId}`);
    const body = await getJson(this.request, this.server, `/classes/${encodeURIComponent(classId)}/room-key`);
    const reply = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    if (typeof reply.privateMapKey !== 'string' || !reply.privateMapKey)
      throw new PortError('UNKNOWN', 'the room-key reply has no privateMapKey');
    if (reply.userId !== userId) throw new PortError('UNKNOWN', `the room key is for ${String(reply.userId)}, not ${userId}`);
    return reply.privateMapKey;
  };
}
