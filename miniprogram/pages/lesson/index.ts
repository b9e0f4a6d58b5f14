import { createStoreBindings } from 'mobx-miniprogram-bindings';
import {
  CoalescedPageData,
  currentLesson,
  closeLesson,
  LESSON_FIELDS,
  LESSON_TEXT,
  lessonStreamFields,
  LessonStore,
  nativePicker,
  SAVER_TEXT,
  teacherIdOf,
} from '../../core';
import type { LessonRuntime } from '../../core';

type MediaView = NonNullable<LessonRuntime['mediaView']>;
type MediaEvent = Parameters<MediaView['pusherEventHandler']>[0];

interface LessonPage extends WxComponentInstance {
  store?: LessonStore;
  bindings?: { updateStoreBindings(): void; destroyStoreBindings(): void };
  streamData?: CoalescedPageData;
  /** The family's renderer of <live-pusher>/<live-player>, when it has real video. */
  media?: MediaView;
}

/**
 * The lesson. Which screen shows (joining, lesson, over) arrives through createStoreBindings;
 * everything that changes during the lesson goes through CoalescedPageData (path updates, at
 * most one setData per 100 ms). Both stop while the page is hidden. Taps are forwarded to the store, which holds no rules either.
 */
Component({
  data: {
    screen: 'joining',
    realVideo: false,
    text: {
      joining: LESSON_TEXT.joining,
      waiting: LESSON_TEXT.waiting,
      reconnecting: LESSON_TEXT.reconnecting,
      noLesson: LESSON_TEXT.noLesson,
    },
    coHosts: [],
    chat: [],
    network: { level: 'unknown', text: '' },
    // Filled by the media view (TrtcRenderBinding) with the SDK's attributes.
    pusher: {},
    players: [],
    teacherId: '',
    saverText: SAVER_TEXT,
  },
  observers: {
    screen(this: WxComponentInstance, screen: string) {
      const lesson = currentLesson();
      if (screen === 'lesson' && lesson && this.data.realVideo) this.setData({ teacherId: teacherIdOf(lesson) });
    },
  },
  methods: {
    onLoad(this: LessonPage) {
      const lesson = currentLesson();
      if (!lesson) {
        this.setData({ screen: 'none' });
        return;
      }
      this.store = lesson.store;
      this.streamData = new CoalescedPageData(this, () => lessonStreamFields(lesson.store), lesson.runtime.clock);
      this.setData({ realVideo: lesson.runtime.realVideo });
      // Before joining: the SDK makes its live-pusher context on this page when entering the room.
      this.media = lesson.runtime.mediaView;
      this.media?.attach(this);
      if (!lesson.store.view) void lesson.store.join(lesson.runtime.classId);
    },
    onShow(this: LessonPage) {
      if (!this.store || this.bindings) return;
      this.bindings = createStoreBindings(this, { store: this.store, fields: LESSON_FIELDS, actions: {}, structuralComparison: true });
      this.streamData?.show();
    },
    onHide(this: LessonPage) {
      this.bindings?.updateStoreBindings();
      this.bindings?.destroyStoreBindings();
      this.bindings = undefined;
      this.streamData?.hide();
    },
    onUnload(this: LessonPage & { onHide(): void }) {
      this.onHide();
      this.streamData?.dispose();
      this.media?.detach(this);
      const store = this.store;
      if (store) void store.leave().then(() => closeLesson());
    },
    // The WXML events of <live-pusher>/<live-player>, forwarded to the SDK through the media view.
    onPusherStateChange(this: LessonPage, event: MediaEvent) {
      this.media?.pusherEventHandler(event);
    },
    onPusherNetStatus(this: LessonPage, event: MediaEvent) {
      this.media?.pusherNetStatusHandler(event);
    },
    onPusherError(this: LessonPage, event: MediaEvent) {
      this.media?.pusherErrorHandler(event);
    },
    onPusherVolume(this: LessonPage, event: MediaEvent) {
      this.media?.pusherAudioVolumeNotify(event);
    },
    onPlayerStateChange(this: LessonPage, event: MediaEvent) {
      this.media?.playerEventHandler(event);
    },
    onPlayerNetStatus(this: LessonPage, event: MediaEvent) {
      this.media?.playerNetStatus(event);
    },
    onPlayerVolume(this: LessonPage, event: MediaEvent) {
      this.media?.playerAudioVolumeNotify(event);
    },
    onPlayerFullscreenChange(this: LessonPage, event: MediaEvent) {
      this.media?.playerFullscreenChange(event);
    },
    onHandTap(this: LessonPage) {
      void this.store?.toggleHand();
    },
    onMicTap(this: LessonPage) {
      void this.store?.toggleMic();
    },
    onCameraTap(this: LessonPage) {
      void this.store?.toggleCamera();
    },
    onSwitchCameraTap(this: LessonPage) {
      void this.store?.switchCamera();
    },
    onFullscreenToggle(this: LessonPage) {
      void this.store?.toggleFullscreen();
    },
    onSaverTap(this: LessonPage, event: WxEvent) {
      const mode = event.currentTarget.dataset.mode;
      if (mode === 'off' || mode === 'teacher-only' || mode === 'audio-only') this.store?.chooseDataSaver(mode);
    },
    onRecapTap(this: LessonPage) {
      this.store?.dismissRecap();
    },
    onLeaveTap() {
      void wx.navigateBack();
    },
    async onSend(
      this: LessonPage & { selectComponent(selector: string): { clearDraft(): void } | null },
      event: WxEvent<{ text: string }>,
    ) {
      if (await this.store?.sendText(event.detail.text)) this.selectComponent('#chat')?.clearDraft();
    },
    onRetry(this: LessonPage, event: WxEvent<{ id: string }>) {
      void this.store?.retry(event.detail.id);
    },
    // Through the app's picker, so the app-hide it causes does not stop my microphone and camera.
    onPickImage(this: LessonPage) {
      nativePicker.pickImage(wx, (image) => void this.store?.sendImage(image));
    },
  },
});
