import type { ClassInfo } from '../../../application/ports/ClassroomBackendPort';

/** The class the screenshots show (the in-memory school's only class). */
export const SCREEN_CLASS: ClassInfo = {
  classId: 'screens',
  title: '分数的大小 · 五年级数学',
  teacher: { userId: 'screens-teacher', name: '王老师' },
  assistants: [{ userId: 'screens-assistant', name: '李助教' }],
  roomId: 'screens-room',
  chatGroupId: 'screens-chat',
  signalGroupId: 'screens-signal',
};

export const SCREEN_ME = { userId: 'screens-me', name: '我' };

/** Classmates by id, with the names the chat and the co-host strip show. */
export const SCREEN_CLASSMATES: Readonly<Record<string, string>> = {
  'screens-xiaohong': '小红',
  'screens-xiaogang': '小刚',
};

/** What the teacher, the classmates or the network do between two moments (devtools/preview/screens/screenLesson.ts). */
export type ScreenStep =
  | 'teacher-live'
  | 'classmates-on-stage'
  | 'speaking'
  | 'grant-me'
  | 'mute-chat'
  | 'unmute-chat'
  | 'network-down'
  | 'network-up'
  | 'end-class'
  | 'chat-burst'
  | 'invite-me'
  | 'ask-question'
  | 'close-question'
  | 'check-in'
  | 'reward-me';

/** A lesson step, or the student's own tap on the page (a selector in the preview's DOM). */
export type ScreenAction = { readonly lesson: ScreenStep } | { readonly tap: string };

export interface ScreenMoment {
  /** The PNG's name under docs/screens/ (and the temporary folder of the test). */
  readonly name: string;
  /** How the lesson gets here from the moment before. */
  readonly actions: readonly ScreenAction[];
  /** Whether the page's controls, chat input, my preview and stage buttons are checked for overlap here. */
  readonly checkOverlap?: true;
}

/** The key moments, in lesson order: each starts where the one before left the lesson. */
export const SCREEN_MOMENTS: readonly ScreenMoment[] = [
  { name: 'waiting', actions: [] },
  { name: 'live', actions: [{ lesson: 'teacher-live' }, { lesson: 'classmates-on-stage' }, { lesson: 'speaking' }], checkOverlap: true },
  // The class tools, each card in turn; the student declines the invitation, answers, reads the results, and is rewarded.
  { name: 'invited', actions: [{ lesson: 'invite-me' }], checkOverlap: true },
  {
    name: 'answer-card',
    actions: [{ tap: 'class-tool .class-tool--decline' }, { lesson: 'ask-question' }, { tap: 'class-tool .class-tool--opt-B' }],
    checkOverlap: true,
  },
  { name: 'answer-results', actions: [{ tap: 'class-tool .class-tool--submit' }, { lesson: 'close-question' }], checkOverlap: true },
  {
    name: 'check-in',
    actions: [{ tap: 'class-tool .class-tool--close' }, { lesson: 'check-in' }, { lesson: 'reward-me' }],
    checkOverlap: true,
  },
  {
    name: 'hand-raised',
    actions: [{ tap: 'class-tool .class-tool--check-in-tap' }, { tap: 'control-bar .control-bar--hand' }],
    checkOverlap: true,
  },
  { name: 'on-stage', actions: [{ lesson: 'grant-me' }], checkOverlap: true },
  { name: 'chat-muted', actions: [{ lesson: 'mute-chat' }], checkOverlap: true },
  { name: 'fullscreen', actions: [{ lesson: 'unmute-chat' }, { tap: 'main-stage .main-stage--full-button' }], checkOverlap: true },
  { name: 'reconnecting', actions: [{ tap: 'main-stage .main-stage--full-button' }, { lesson: 'network-down' }], checkOverlap: true },
  { name: 'lesson-over', actions: [{ lesson: 'network-up' }, { lesson: 'end-class' }] },
];
