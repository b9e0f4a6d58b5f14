import { LessonConfig } from '../lessonConfig';

/**
 * The family this build runs. This file is what type checks and tests see; `npm run build`
 * replaces it with the family and settings named in miniprogram/config/lesson.config.json
 * (scripts/build.js, `configured-family`), so switching families changes no source file.
 */
export { openClass } from './localFamily';
export const LESSON_CONFIG: LessonConfig = { family: 'local' };
