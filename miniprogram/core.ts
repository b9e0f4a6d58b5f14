/**
 * The main package's one module (dist/lib/core.js): what the entry page needs at launch, and the
 * open lesson with its store, which the lesson subpackage and the demo subpackage share (a
 * subpackage may require the main package, never another subpackage). The lesson itself (the
 * family's adapters and the application) is the lesson subpackage's core, miniprogram/lesson/core.ts.
 */
import './polyfills';

export { openLesson, currentLesson, closeLesson, leaveLesson, joinAfterPrevious, LEAVE_WAIT_MS } from './runtime/lessonRuntime';
export type { LessonRuntime, OpenLesson } from './runtime/lessonRuntime';
export { LessonStore } from './viewmodels/LessonStore';
export { FAILURE_TEXT, NOTICE_TEXT, LESSON_TEXT, SAVER_TEXT, failureText } from './viewmodels/studentText';
export { ENTRY_TEXT, DEVICE_CHECK_TEXT, classCodeFrom } from './viewmodels/entryText';
export { DeviceCheckStore } from './viewmodels/DeviceCheckStore';
export { phoneDeviceCheck } from './runtime/phoneDeviceCheck';
export { DEMO_CLASS_ID, DEMO_PAGE, ENTRY_PAGE, LESSON_PAGE, lessonPageUrl } from './runtime/pagePaths';
export { SystemClock } from '../infrastructure/shared/SystemClock';
