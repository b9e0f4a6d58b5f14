/**
 * miniprogram/config/lesson.config.json as the app reads it. The build checks it
 * (scripts/lessonConfig.js) and compiles it in; nothing here is secret.
 */
export type LessonFamily = 'local' | 'tencent' | 'tic';

export interface LocalLessonConfig {
  readonly family: 'local';
}

/** The families on Tencent Cloud: the SDKAppID and the school server (docs/backend-api.md). */
export interface CloudLessonConfig {
  readonly family: 'tencent' | 'tic';
  readonly sdkAppId: number;
  readonly backendUrl: string;
  /** Tencent family only: class info and credentials from the school's contract (default) or LCIC classes it relays. */
  readonly backend?: 'school' | 'lcic';
  /** Where the school's login flow keeps the session token (wx storage); `sessionToken` if not given. */
  readonly sessionStorageKey?: string;
}

export type LessonConfig = LocalLessonConfig | CloudLessonConfig;

export const DEFAULT_SESSION_STORAGE_KEY = 'sessionToken';
