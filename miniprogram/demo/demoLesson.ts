import { Clock } from '../../application/ports/PlatformPorts';
import { createContainer, lessonUseCases } from '../../infrastructure/composition/createContainer';
import { LocalClassroomHub } from '../../infrastructure/local/LocalClassroomHub';
import { MemoryLogger } from '../../infrastructure/shared/MemoryLogger';
import { SystemClock } from '../../infrastructure/shared/SystemClock';
import { LessonRuntime } from '../runtime/lessonRuntime';
import { DEMO_CLASS, DEMO_CLASS_ID, DEMO_CLASSMATES, DEMO_STUDENT } from './demoClass';
import { DemoTeacher } from './DemoTeacher';

/** Simulated service round trips, so the demo shows the joining screen for a moment. */
const DEMO_CALL_DELAY_MS = 300;
/** The demo's chat group hands a student who joins its last few messages, as a live group can. */
const DEMO_CHAT_HISTORY = 5;

/**
 * The built-in lesson: every service in memory, no cloud account. Any class code other than the
 * demo's is looked up here too, and is not found — the same answer a real backend would give.
 */
export function demoLesson(classId: string = DEMO_CLASS_ID, clock: Clock = new SystemClock()): LessonRuntime {
  const hub = new LocalClassroomHub(clock);
  hub.callDelayMs = DEMO_CALL_DELAY_MS;
  hub.addClass({ info: DEMO_CLASS });
  hub.im.setHistoryForNewMembers(DEMO_CLASS.chatGroupId, DEMO_CHAT_HISTORY);
  const teacher = new DemoTeacher(hub, clock);
  teacher.start();
  const useCases = lessonUseCases(createContainer({ family: 'local', hub, student: DEMO_STUDENT, logger: new MemoryLogger() }));
  return { classId, useCases, clock, classmateNames: DEMO_CLASSMATES, realVideo: false, stop: () => teacher.stop() };
}
