import { inMemoryLesson } from '../../../infrastructure/local/inMemoryLesson';
import { SystemClock } from '../../../infrastructure/shared/SystemClock';
import { LessonConfig } from '../lessonConfig';
import { LessonRuntime } from '../lessonRuntime';

/** The student of a local build, for codes typed in (the demo subpackage has its own). */
const LOCAL_STUDENT = { userId: 'local-student', name: '我' };

/**
 * A local build has no cloud: a typed class code is looked up in an empty in-memory school and is
 * not found, the same answer a real backend gives. The demo class lives in its own subpackage.
 */
export function openClass(classId: string, _config?: LessonConfig): LessonRuntime {
  const clock = new SystemClock();
  const { app } = inMemoryLesson({ clock, student: LOCAL_STUDENT });
  return { classId, useCases: app, clock, realVideo: false };
}
