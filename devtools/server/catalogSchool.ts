import { DEFAULT_STAGE_CAPACITY } from '../../domain/classroom/StageCapacity';
import { ClassDirectory, ClassEntry } from '../../server/application/ports/ClassDirectory';
import { SchoolAuth } from '../../server/http/stateRoutes';
import { CatalogClass, ClassCatalog, lookUp } from './classCatalog';
import { StaffTokens } from './staffTokens';

const idOf = (person: unknown): string | undefined =>
  typeof person === 'object' && person !== null && typeof (person as { userId?: unknown }).userId === 'string'
    ? (person as { userId: string }).userId
    : undefined;

/** The teacher's and the assistants' user ids, as the catalog names them. */
export function staffOf(found: CatalogClass): string[] {
  return [idOf(found.teacher), ...assistantsOf(found)].filter((id): id is string => !!id);
}

function assistantsOf(found: CatalogClass): string[] {
  const assistants = Array.isArray(found.assistants) ? (found.assistants as unknown[]) : [];
  return assistants.map(idOf).filter((id): id is string => !!id);
}

function entryOf(found: CatalogClass): ClassEntry | undefined {
  const teacherId = idOf(found.teacher);
  const assistantIds = assistantsOf(found);
  const { signalGroupId, chatGroupId, trtcRoomId, stageCapacity } = found;
  if (!teacherId || typeof signalGroupId !== 'string' || typeof chatGroupId !== 'string' || trtcRoomId === undefined) return undefined;
  return {
    classId: found.classId,
    teacherId,
    assistantIds,
    stageCapacity: typeof stageCapacity === 'number' ? stageCapacity : DEFAULT_STAGE_CAPACITY,
    signalGroupId,
    chatGroupId,
    roomId: String(trtcRoomId),
  };
}

/** The school server's class list, from the development catalog (a Map: `constructor` finds nothing). */
export function catalogDirectory(catalog: ClassCatalog): ClassDirectory {
  const entries = new Map<string, ClassEntry>();
  for (const found of catalog.classes) {
    const entry = entryOf(found);
    if (entry) entries.set(found.classId, entry);
  }
  return { find: (classId) => entries.get(classId) };
}

/**
 * Who a bearer token is, for the class-state routes: a student by their login token (their user
 * id, in development) and enrolment; staff only by a staff token this server issued.
 */
export function catalogAuth(catalog: ClassCatalog, tokens: StaffTokens): SchoolAuth {
  const staffOfClass = (classId: string) => {
    const found = catalog.classes.find((candidate) => candidate.classId === classId);
    return found ? staffOf(found) : [];
  };
  const student = (token: string | undefined, classId: string) => (lookUp(catalog, classId, token).ok ? token : undefined);
  const staff = (token: string | undefined, classId: string) => {
    const userId = tokens.verify(token);
    return userId !== undefined && staffOfClass(classId).includes(userId) ? userId : undefined;
  };
  return { student, staff, member: (token, classId) => student(token, classId) ?? staff(token, classId) };
}
