import { PORTS } from '../../application/ports/tokens';
import { LiveScript } from '../../infrastructure/local/script/LiveScript';
import { parseLessonScript } from '../../infrastructure/local/script/parseLessonScript';
import { scriptLesson } from '../../infrastructure/local/script/scriptLesson';
import { WxApi } from '../../infrastructure/shared/wechat/WxApi';
import { WxScreen } from '../../infrastructure/shared/wechat/WxScreen';
import { LessonRuntime } from '../runtime/lessonRuntime';
// The build bundles the script into the demo subpackage; the preview builds it with another one.
import DEMO_SCRIPT from '../../lessons/demo.json';

/**
 * The built-in lesson: lessons/demo.json played live on the in-memory services, no cloud account.
 * `enter` opens the lesson page when the script's student joins; the page joins through its store.
 */
export function demoLesson(enter: () => Promise<unknown>, script: unknown = DEMO_SCRIPT): LessonRuntime & { readonly script: LiveScript } {
  const parsed = parseLessonScript(script);
  const { lesson, context, stopReplies } = scriptLesson(parsed, {
    adjust: (container) => {
      // Everything else is in memory, but the phone's screen is real: it stays on through the demo too.
      const phone = (globalThis as { wx?: Partial<WxApi> }).wx;
      if (typeof phone?.setKeepScreenOn === 'function') container.rebind(PORTS.screen).toConstantValue(new WxScreen(phone as WxApi));
    },
  });
  const live = new LiveScript(parsed, context, enter);
  const classmateNames: Record<string, string> = {};
  for (const student of parsed.classroom.students) classmateNames[student.userId] = student.name;
  return {
    classId: parsed.classroom.classId,
    useCases: lesson.app,
    clock: context.clock,
    classmateNames,
    realVideo: false,
    script: live,
    stop: () => {
      live.stop();
      stopReplies();
    },
  };
}
