import { ClassInfo } from '../../../application/ports/ClassroomBackendPort';
import { ManualClock } from '../../../infrastructure/local/ManualClock';
import { staffClockOf } from '../../../infrastructure/local/LocalStaffLink';
import { stateRoutes } from '../../../server/http/stateRoutes';
import { InMemorySchoolServer } from '../../../server/infrastructure/memory/InMemorySchoolServer';
import { StaffKit } from '../../../staff/application/StaffKit';
import { FetchLike, FetchStaffServer } from '../../../staff/infrastructure/FetchStaffServer';
import { TimStaffMessaging, WebChatInstance, WebChatMessage } from '../../../staff/infrastructure/TimStaffMessaging';
import { EVENT, TYPES } from '../../infrastructure/tencent/support/StandInTim';
import { staffClassOf } from '../../../staff/application/StaffKitOptions';

const BASE = 'https://school.example/api';

/**
 * The school server's HTTP routes (server/http/stateRoutes.ts) as a page's fetch reaches them,
 * over the in-memory server's use cases: a staff token is `staff-<user id>`, honoured for the class's staff.
 */
export function schoolFetch(school: InMemorySchoolServer, info: ClassInfo): FetchLike {
  const staff = new Set([info.teacher.userId, ...info.assistants.map((assistant) => assistant.userId)]);
  const staffOf = (token: string | undefined) => {
    const id = /^staff-(.+)$/.exec(token ?? '')?.[1];
    return id !== undefined && staff.has(id) ? id : undefined;
  };
  const routes = stateRoutes(school.core, { student: () => undefined, member: staffOf, staff: staffOf });
  return async (url, init) => {
    if (school.down) throw new TypeError('Failed to fetch');
    const parsed = new URL(url);
    const raw = school.rawReplyOf(info.classId);
    if (raw !== undefined && parsed.pathname.endsWith('/state')) return { status: 200, text: async () => raw };
    const reply = await routes({
      method: init.method,
      path: parsed.pathname.slice(new URL(BASE).pathname.length),
      query: Object.fromEntries(parsed.searchParams),
      headers: Object.fromEntries(Object.entries(init.headers).map(([key, value]) => [key.toLowerCase(), value])),
      body: init.body === undefined ? undefined : (JSON.parse(init.body) as unknown),
    });
    return { status: reply?.status ?? 404, text: async () => reply?.body ?? '{"error":"NO_SUCH_ROUTE"}' };
  };
}

/** A web IM instance that hears what the stand-in IM service delivers to the groups (the staff's own tim-js-sdk). */
export function staffChatInstance(hear: (ear: (message: WebChatMessage) => void) => () => void): WebChatInstance {
  const handlers = new Map<string, Set<(event: { data: unknown }) => void>>();
  hear((message) => {
    for (const handler of [...(handlers.get(EVENT.MESSAGE_RECEIVED as string) ?? [])]) handler({ data: [message] });
  });
  return {
    on: (event, handler) => void (handlers.get(event) ?? handlers.set(event, new Set()).get(event)!).add(handler),
    off: (event, handler) => void handlers.get(event)?.delete(handler),
    createTextMessage: (options) => options,
    sendMessage: () => Promise.reject(new Error('the contract suites send no staff chat')),
  };
}

/** A teacher console's kit for `userId`: commands over HTTP to the school server, ears on IM. */
export function staffKitOverHttp(
  school: InMemorySchoolServer,
  info: ClassInfo,
  userId: string,
  clock: ManualClock,
  chat: WebChatInstance,
): StaffKit {
  return new StaffKit({
    classInfo: staffClassOf(info),
    userId,
    server: new FetchStaffServer({
      base: BASE,
      classId: info.classId,
      staffToken: () => `staff-${userId}`,
      fetch: schoolFetch(school, info),
    }),
    messaging: new TimStaffMessaging({
      chat,
      constants: { EVENT, TYPES } as never,
      signalGroupId: info.signalGroupId,
      chatGroupId: info.chatGroupId,
    }),
    clock: staffClockOf(clock),
    grantOnAccept: userId === info.teacher.userId,
  });
}
