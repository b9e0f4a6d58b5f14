import { LessonUseCases } from '../../application/LessonUseCases';
import { Clock } from '../../application/ports/PlatformPorts';
import { LessonStore } from '../viewmodels/LessonStore';

/** One lesson this app is in: its use cases, the clock its timers run on, and who else is playing. */
export interface LessonRuntime {
  readonly classId: string;
  readonly useCases: LessonUseCases;
  readonly clock: Clock;
  readonly classmateNames?: Readonly<Record<string, string>>;
  /** Real <live-player>/<live-pusher> markup; off while the in-memory family has no streams. */
  readonly realVideo: boolean;
  /** Stops whatever drives a built-in lesson (the demo teacher). */
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

export function closeLesson(): void {
  if (!current) return;
  current.runtime.stop?.();
  current.store.dispose();
  current = undefined;
}
