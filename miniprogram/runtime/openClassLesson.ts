import { currentLesson, openLesson, OpenLesson } from '../core';
import { LESSON_CONFIG, openClass } from './families/selectedFamily';

/**
 * The lesson subpackage's half of opening a lesson: the configured family's adapters live here, so
 * the main package never carries them. The open lesson itself is kept by the main package's core
 * (imported as `../core`, which the build keeps as one shared module), where the demo subpackage
 * reaches it too.
 */

/** The adapter family this build was made for (miniprogram/config/lesson.config.json). */
export const LESSON_FAMILY = LESSON_CONFIG.family;

/** Opens a class of the configured family by its code. */
export function openClassLesson(classId: string): OpenLesson {
  return openLesson(openClass(classId, LESSON_CONFIG));
}

/**
 * The lesson the lesson page shows: the one already open for this class (the demo opens its own
 * before it hands over), or else this class, opened now. No class and nothing open: no lesson.
 */
export function lessonFor(classId: string | undefined): OpenLesson | undefined {
  const open = currentLesson();
  if (open && (classId === undefined || open.runtime.classId === classId)) return open;
  return classId ? openClassLesson(classId) : undefined;
}

/**
 * The class of the lesson page's address (`lessonPageUrl` encodes it). Decoded here, whether or
 * not WeChat decoded it already: a code with a space or Chinese in it must open that class.
 */
export function classOfAddress(query: Readonly<Record<string, string | undefined>> | undefined): string | undefined {
  const raw = query?.classId;
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
