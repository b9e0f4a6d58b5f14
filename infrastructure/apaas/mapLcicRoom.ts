import { ClassInfo, PersonInfo } from '../../application/ports/ClassroomBackendPort';
import { PortError } from '../../application/ports/PortError';
import { Fields, isObject, lcicErrorOf, lcicResult, malformed, object, optionalText, optionalWhole, text, whole } from './lcicFields';
import { LCIC_ROOM_STATUS } from './lcicModels';

/** Shown when LCIC has no name for a staff member (DescribeUser missing or failed); the id is kept. */
export const STAFF_FALLBACK_NAMES = { teacher: '老师', assistant: '助教' } as const;

/** The domain's stage holds 1–64 co-hosts; LCIC allows 0–16 (0: nobody goes on stage). */
const MIN_STAGE = 1;

/**
 * One LCIC room as the app's class. The room id is the class id, the TRTC room and, as LCIC's own
 * clients do, the IM group for both chat and signalling (LCIC's `GroupId` names a member group,
 * not an IM group). See docs/backend-api.md, "LCIC (aPaaS) classes".
 */
export function mapLcicRoom(roomId: number, body: unknown, sdkAppId?: number): ClassInfo {
  const relayed = object(body, 'relayed room');
  const room = lcicResult(relayed.DescribeRoom, 'DescribeRoom');
  refuseOverRoom(room.Status);
  const appId = optionalWhole(room.SdkAppId, 'SdkAppId');
  if (sdkAppId !== undefined && appId !== undefined && appId !== sdkAppId) {
    throw new PortError('UNKNOWN', `LCIC room ${roomId} belongs to SdkAppId ${appId}, this build uses ${sdkAppId}`);
  }
  const names = staffNames(relayed.DescribeUser);
  const teacherId = text(room.TeacherId, 'TeacherId');
  const assistantIds = room.Assistants === undefined || room.Assistants === null ? [] : textList(room.Assistants, 'Assistants');
  const id = String(roomId);
  const micNumber = optionalWhole(room.MaxMicNumber, 'MaxMicNumber');
  return {
    classId: id,
    title: text(room.Name, 'Name'),
    teacher: person(teacherId, names, STAFF_FALLBACK_NAMES.teacher),
    assistants: assistantIds.map((userId) => person(userId, names, STAFF_FALLBACK_NAMES.assistant)),
    ...(micNumber === undefined ? {} : { stageCapacity: Math.max(MIN_STAGE, micNumber) }),
    roomId: id,
    chatGroupId: id,
    signalGroupId: id,
  };
}

function refuseOverRoom(status: unknown): void {
  // LCIC documents Status as nullable ("may return null"): no status is not a reason to refuse.
  if (status === undefined || status === null) return;
  const value = whole(status, 'Status');
  if (value === LCIC_ROOM_STATUS.ended || value === LCIC_ROOM_STATUS.expired) {
    throw new PortError('CLASS_OVER', `LCIC room status ${value === LCIC_ROOM_STATUS.ended ? 'ended' : 'expired'}`);
  }
  if (value !== LCIC_ROOM_STATUS.notStarted && value !== LCIC_ROOM_STATUS.started) malformed(`Status ${value}`);
}

/** DescribeUser answers by user id. A failed lookup only costs the name; a malformed one is refused. */
function staffNames(users: unknown): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  if (users === undefined || users === null) return names;
  if (!Array.isArray(users)) return malformed('DescribeUser');
  for (const user of users) {
    if (lcicErrorOf(user)) continue;
    const fields: Fields = isObject(user) ? user : malformed('DescribeUser[]');
    const name = optionalText(fields.Name, 'DescribeUser.Name');
    if (name) names.set(text(fields.UserId, 'DescribeUser.UserId'), name);
  }
  return names;
}

function person(userId: string, names: ReadonlyMap<string, string>, fallback: string): PersonInfo {
  return { userId, name: names.get(userId) ?? fallback };
}

function textList(value: unknown, field: string): string[] {
  return Array.isArray(value) ? value.map((item) => text(item, `${field}[]`)) : malformed(field);
}
