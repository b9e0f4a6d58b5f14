/**
 * The lesson subpackage's one module (dist/lesson/lib/core.js): the configured family's adapters,
 * the application they serve, and the lesson page's data path. WeChat downloads the subpackage
 * while the student is on the entry page (app.json `preloadRule`), so none of it weighs on launch.
 * What the main package's core already holds (the open lesson, its store, the texts) is not bundled
 * again: the build makes every module both cores use one shared module of the main core.
 */
export { classOfAddress, lessonFor, openClassLesson, LESSON_FAMILY } from '../runtime/openClassLesson';
export { lessonPageData, NO_LESSON_DATA } from '../viewmodels/lessonFields';
export type { MediaAttributes } from '../../infrastructure/trtc-wx/mediaAttributes';
export type { WebrtcRoomData } from '../../infrastructure/tic/TicPageBinding';
export { CoalescedPageData, FLUSH_INTERVAL_MS } from '../viewmodels/CoalescedPageData';
export { nativePicker } from '../../infrastructure/shared/wechat/NativePicker';
