import { Clock } from '../../application/ports/PlatformPorts';
import { PORTS } from '../../application/ports/tokens';
import { inMemoryLesson } from '../../infrastructure/local/inMemoryLesson';
import { WxApi } from '../../infrastructure/shared/wechat/WxApi';
import { WxScreen } from '../../infrastructure/shared/wechat/WxScreen';
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
  const { hub, app } = inMemoryLesson({
    clock,
    student: DEMO_STUDENT,
    classes: [{ info: DEMO_CLASS }],
    callDelayMs: DEMO_CALL_DELAY_MS,
    adjust: (container) => {
      // Everything else is in memory, but the phone's screen is real: it stays on through the demo too.
      const phone = (globalThis as { wx?: Partial<WxApi> }).wx;
      if (typeof phone?.setKeepScreenOn === 'function') container.rebind(PORTS.screen).toConstantValue(new WxScreen(phone as WxApi));
    },
  });
  hub.im.setHistoryForNewMembers(DEMO_CLASS.chatGroupId, DEMO_CHAT_HISTORY);
  const teacher = new DemoTeacher(hub, clock);
  teacher.start();
  return { classId, useCases: app, clock, classmateNames: DEMO_CLASSMATES, realVideo: false, stop: () => teacher.stop() };
}
