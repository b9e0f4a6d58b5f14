import { LessonUseCases } from '../../application/LessonUseCases';
import { Clock } from '../../application/ports/PlatformPorts';
import type { LiveScript } from '../../infrastructure/local/script/LiveScript';
import type { TicPageBinding } from '../../infrastructure/tic/TicPageBinding';
import { TrtcRenderBinding } from '../../infrastructure/trtc-wx/TrtcRenderBinding';
import { LessonStore } from '../viewmodels/LessonStore';
import { LESSON_CONFIG, openClass } from './families/selectedFamily';

/** One lesson this app is in: its use cases, the clock its timers run on, and who else is playing. */
export interface LessonRuntime {
  readonly classId: string;
  readonly useCases: LessonUseCases;
  readonly clock: Clock;
  readonly classmateNames?: Readonly<Record<string, string>>;
  /** Real <live-player>/<live-pusher> markup; off while the in-memory family has no streams. */
  readonly realVideo: boolean;
  /** The families with real video: the lesson page attaches it before joining (docs/tencent-adapters.md). */
  readonly mediaView?: TrtcRenderBinding;
  /** The TIC family: `<tic-component>` and `<webrtc-room>`, which the lesson page attaches before joining (docs/tic-family.md). */
  readonly ticView?: TicPageBinding;
  /** The lesson script a built-in lesson plays live (the demo): the preview's timeline and console drive it. */
  readonly script?: LiveScript;
  /** Stops whatever drives a built-in lesson (the demo's script). */
  readonly stop?: () => void;
}

export interface OpenLesson {
  readonly runtime: LessonRuntime;
  readonly store: LessonStore;
}

let current: OpenLesson | undefined;

/**
 * The one store per lesson, shared by every page of this app (pages live in one JS context).
 * Opening a lesson closes the previous one.
 */
export function openLesson(runtime: LessonRuntime): OpenLesson {
  closeLesson();
  const store = new LessonStore(runtime.useCases, { clock: runtime.clock, classmateNames: runtime.classmateNames });
  current = { runtime, store };
  return current;
}

/** The adapter family this build was made for (miniprogram/config/lesson.config.json). */
export const LESSON_FAMILY = LESSON_CONFIG.family;

/** Opens a class of the configured family by its code. */
export function openClassLesson(classId: string): OpenLesson {
  return openLesson(openClass(classId, LESSON_CONFIG));
}

export function currentLesson(): OpenLesson | undefined {
  return current;
}

export function closeLesson(): void {
  if (!current) return;
  current.runtime.stop?.();
  current.store.dispose();
  current = undefined;
}
