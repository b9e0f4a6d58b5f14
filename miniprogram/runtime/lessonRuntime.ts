import { LessonUseCases } from '../../application/LessonUseCases';
import { Clock } from '../../application/ports/PlatformPorts';
import type { LiveScript } from '../../infrastructure/local/script/LiveScript';
import type { TicPageBinding } from '../../infrastructure/tic/TicPageBinding';
import type { TrtcRenderBinding } from '../../infrastructure/trtc-wx/TrtcRenderBinding';
import { LessonStore } from '../viewmodels/LessonStore';

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

export function currentLesson(): OpenLesson | undefined {
  return current;
}

/** Closes a lesson (the open one unless named): stops what drives it and lets go of its store. */
export function closeLesson(lesson: OpenLesson | undefined = current): void {
  if (!lesson) return;
  if (lesson === current) current = undefined;
  lesson.runtime.stop?.();
  lesson.store.dispose();
}

/** How long a new lesson waits for the lessons left before it to be out of their rooms, before it joins anyway. */
export const LEAVE_WAIT_MS = 5_000;

const leaving = new Set<Promise<void>>();

/**
 * The lesson page is gone: the lesson stops being the open one at once, so a page opened for the
 * same class meanwhile starts afresh, and it is closed once the student has left its rooms (or
 * failed to: a dropped network must not keep it open).
 */
export function leaveLesson(lesson: OpenLesson): Promise<void> {
  if (lesson === current) current = undefined;
  const done = lesson.store
    .leave()
    .catch(() => false)
    .then(() => {
      leaving.delete(done);
      closeLesson(lesson);
    });
  leaving.add(done);
  return done;
}

/**
 * Joins the lesson's class once the lessons left before it are out of their rooms: Tencent's IM
 * SDK keeps one instance per SDKAppID, whose logout by the old lesson would otherwise cut the new
 * one off. A leave that hangs holds the new lesson up for LEAVE_WAIT_MS at most.
 */
export async function joinAfterPrevious(lesson: OpenLesson): Promise<boolean> {
  if (leaving.size > 0) await Promise.race([Promise.all(leaving), lesson.runtime.clock.delay(LEAVE_WAIT_MS)]);
  return lesson.store.joinOnce(lesson.runtime.classId);
}
