/** What the school server knows of a class to judge and carry out its commands. */
export interface ClassEntry {
  readonly classId: string;
  readonly teacherId: string;
  readonly assistantIds: readonly string[];
  readonly stageCapacity: number;
  readonly signalGroupId: string;
  readonly chatGroupId: string;
  readonly roomId: string;
}

/** The school's own class list (its timetable, or the development catalog). */
export interface ClassDirectory {
  find(classId: string): ClassEntry | undefined;
}
