/**
 * The one module pages and components take code from. The build bundles it (with domain,
 * application and infrastructure) into dist/lib/core.js, so every page shares one lesson store
 * and one mobx; pages import nothing else at run time.
 */
import './polyfills';

export { openLesson, openClassLesson, currentLesson, closeLesson, LESSON_FAMILY } from './runtime/lessonRuntime';
export type { LessonRuntime, OpenLesson } from './runtime/lessonRuntime';
export { LessonStore } from './viewmodels/LessonStore';
export { lessonPageData, NO_LESSON_DATA } from './viewmodels/lessonFields';
export type { MediaAttributes } from '../infrastructure/trtc-wx/mediaAttributes';
export type { WebrtcRoomData } from '../infrastructure/tic/TicPageBinding';
export { CoalescedPageData, FLUSH_INTERVAL_MS } from './viewmodels/CoalescedPageData';
export { FAILURE_TEXT, NOTICE_TEXT, LESSON_TEXT, SAVER_TEXT, failureText } from './viewmodels/studentText';
export { ENTRY_TEXT, DEVICE_CHECK_TEXT, classCodeFrom } from './viewmodels/entryText';
export { DeviceCheckStore } from './viewmodels/DeviceCheckStore';
export { phoneDeviceCheck } from './runtime/phoneDeviceCheck';
export { DEMO_CLASS_ID, DEMO_PAGE } from './runtime/demoEntry';
export { nativePicker } from '../infrastructure/shared/wechat/NativePicker';
export { SystemClock } from '../infrastructure/shared/SystemClock';
