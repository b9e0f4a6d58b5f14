import { TencentConsoleParams } from './tencentConsole';

export interface StaffLogin {
  readonly staffToken: string;
  readonly sdkAppId: number;
  readonly userSig: string;
  readonly info: {
    readonly classId: string;
    readonly teacherId: string;
    readonly assistantIds: readonly string[];
    readonly stageCapacity?: number;
    readonly roomId: string;
    readonly scene: string;
    readonly signalGroupId: string;
    readonly chatGroupId: string;
    readonly names: ReadonlyMap<string, string>;
    /** The class list's students, in its order (empty when the school gives none). */
    readonly students: readonly string[];
  };
}

type Person = { userId?: unknown; name?: unknown };

/**
 * The staff member's login at the school server: `GET …/staff-token` answers the class info, the
 * staff token and the UserSig in one (the development server's login; a school's backend answers
 * the same fields from its own login session). Throws a message the teacher can act on.
 */
export async function staffLogin(params: TencentConsoleParams): Promise<StaffLogin> {
  const fetchFn = params.fetch ?? fetch;
  let response: Response;
  try {
    response = await fetchFn(`${params.base}/classes/${encodeURIComponent(params.classId)}/staff-token`, {
      headers: { Authorization: `Bearer ${params.userId}` },
    });
  } catch {
    throw new Error('连不上学校服务器，请检查网络');
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.status === 403 || response.status === 401) throw new Error('你不是这节课的老师或助教');
  if (response.status === 404) throw new Error('找不到这节课');
  if (!response.ok || typeof body.staffToken !== 'string') throw new Error('登录失败，请稍后重试');
  if (typeof body.userSig !== 'string' || typeof body.sdkAppId !== 'number') throw new Error('学校服务器没有给出音视频登录签名');
  const info = body.classInfo as Record<string, unknown>;
  const teacher = info.teacher as Person;
  const assistants = (Array.isArray(info.assistants) ? info.assistants : []) as Person[];
  const names = new Map<string, string>();
  const students = (Array.isArray(body.students) ? body.students : []) as Person[];
  for (const person of [teacher, ...assistants, ...students])
    if (typeof person.userId === 'string') names.set(person.userId, String(person.name ?? person.userId));
  return {
    staffToken: body.staffToken,
    sdkAppId: body.sdkAppId,
    userSig: body.userSig,
    info: {
      classId: String(info.classId),
      teacherId: String(teacher.userId),
      assistantIds: assistants.map((person) => String(person.userId)),
      stageCapacity: typeof info.stageCapacity === 'number' ? info.stageCapacity : undefined,
      roomId: String(info.trtcRoomId ?? info.roomId),
      scene: typeof info.trtcScene === 'string' ? info.trtcScene : 'live',
      signalGroupId: String(info.signalGroupId),
      chatGroupId: String(info.chatGroupId),
      names,
      students: students.flatMap((person) => (typeof person.userId === 'string' ? [person.userId] : [])),
    },
  };
}
