import { DEVICE_TEXT, EXIT_TEXT, LESSON_FORMAT, LESSON_TEXT, NETWORK_TEXT, RECAP_TEXT } from './studentText';
import { LessonStore } from './LessonStore';
import { readFields } from './CoalescedPageData';
import { PageValue } from './pathUpdates';

export type LessonScreen = 'joining' | 'lesson' | 'over';

/**
 * The fields that change only where a lesson starts or ends (which screen, the lesson-over text,
 * the title), bound with createStoreBindings: a field is sent only when its own value changes.
 */
export const LESSON_FIELDS = {
  screen: (store: LessonStore): LessonScreen => {
    if (store.joinFailureText) return 'over';
    const status = store.view?.status ?? 'joining';
    if (status === 'joining') return 'joining';
    return status === 'waiting' || status === 'live' || status === 'reconnecting' ? 'lesson' : 'over';
  },
  overTitle: (store: LessonStore) => EXIT_TEXT[store.exitReason ?? 'join-failed'].title,
  overText: (store: LessonStore) => store.joinFailureText || EXIT_TEXT[store.exitReason ?? 'join-failed'].text,
  title: (store: LessonStore) => store.title,
  teacherName: (store: LessonStore) => store.teacherName,
};

/**
 * Everything that changes during a lesson. These share the one coalesced setData path with the
 * high-rate fields (see lessonStreamFields), so the page's call budget is counted in one place:
 * the member count alone changes dozens of times a second in a big class.
 */
export const IN_LESSON_FIELDS = {
  waiting: (store: LessonStore) => store.view?.status === 'waiting',
  reconnecting: (store: LessonStore) => store.view?.status === 'reconnecting',
  main: (store: LessonStore) => store.view?.main ?? 'none',
  teacherPip: (store: LessonStore) => !!store.view?.teacherPip,
  fullscreen: (store: LessonStore) => !!store.view?.fullscreen,
  onStage: (store: LessonStore) => !!store.view?.me.onStage,
  mic: (store: LessonStore) => store.view?.me.mic ?? 'not-allowed',
  camera: (store: LessonStore) => store.view?.me.camera ?? 'not-allowed',
  micText: (store: LessonStore) => `麦克风${DEVICE_TEXT[store.view?.me.mic ?? 'not-allowed']}`,
  cameraText: (store: LessonStore) => `摄像头${DEVICE_TEXT[store.view?.me.camera ?? 'not-allowed']}`,
  handRaised: (store: LessonStore) => store.view?.me.hand === 'raised',
  handText: (store: LessonStore) => {
    const position = store.view?.me.queuePosition;
    return position ? LESSON_FORMAT.queue(position) : LESSON_TEXT.handUp;
  },
  memberText: (store: LessonStore) => LESSON_FORMAT.online(store.view?.memberCount ?? 0),
  chatMuted: (store: LessonStore) => !!store.view?.chatMuted,
  chatPlaceholder: (store: LessonStore) => (store.view?.chatMuted ? LESSON_TEXT.chatMutedPlaceholder : LESSON_TEXT.chatPlaceholder),
  noticeText: (store: LessonStore) => store.noticeText,
  saverMode: (store: LessonStore) => store.view?.dataSaver.mode ?? 'off',
  saverAuto: (store: LessonStore) => !!store.view?.dataSaver.auto,
  recapText: (store: LessonStore) => {
    const recap = store.view?.recap;
    if (!recap) return '';
    const messages = recap.messages > 0 ? [LESSON_FORMAT.recapMessages(recap.messages)] : [];
    return LESSON_FORMAT.recap([...messages, ...recap.changes.map((change) => RECAP_TEXT[change])]);
  },
  errorText: (store: LessonStore) => store.errorText,
};

/** The in-lesson fields, sent coalesced and by path (see CoalescedPageData). */
export function lessonStreamFields(store: LessonStore): Record<string, PageValue> {
  return {
    ...readFields(IN_LESSON_FIELDS, store),
    coHosts: store.coHosts,
    chat: store.chat,
    network: { level: store.networkQuality, text: NETWORK_TEXT[store.networkQuality] },
  };
}
