import { ClassInfo } from '../../../application/ports/ClassroomBackendPort';
import { DEFAULT_STAGE_CAPACITY } from '../../../domain/classroom/StageCapacity';
import { ClassDirectory, ClassEntry } from '../../application/ports/ClassDirectory';

/** The school server's view of a class, from the class info the student's app is given. */
export function classEntryOf(info: ClassInfo): ClassEntry {
  const { classId, teacher, assistants, stageCapacity, signalGroupId, chatGroupId, roomId } = info;
  return {
    classId,
    teacherId: teacher.userId,
    assistantIds: assistants.map((assistant) => assistant.userId),
    stageCapacity: stageCapacity ?? DEFAULT_STAGE_CAPACITY,
    signalGroupId,
    chatGroupId,
    roomId,
  };
}

/** A directory of the given classes, looked up by a Map (a class id such as `constructor` finds nothing). */
export function directoryOf(infos: readonly ClassInfo[]): ClassDirectory {
  const entries = new Map(infos.map((info) => [info.classId, classEntryOf(info)]));
  return { find: (classId) => entries.get(classId) };
}
