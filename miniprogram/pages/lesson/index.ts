import { createStoreBindings } from 'mobx-miniprogram-bindings';
import { CoalescedPageData, currentLesson, closeLesson, LESSON_FIELDS, LESSON_TEXT, lessonStreamFields, LessonStore } from '../../core';

interface LessonPage extends WxComponentInstance {
  store?: LessonStore;
  bindings?: { updateStoreBindings(): void; destroyStoreBindings(): void };
  streamData?: CoalescedPageData;
}

/**
 * The lesson. Low-rate fields arrive through createStoreBindings (one batched setData per tick);
 * co-hosts, chat and network go through CoalescedPageData (path updates, one flush per 200 ms).
 * Both stop while the page is hidden. Taps are forwarded to the store, which holds no rules either.
 */
Component({
  data: {
    screen: 'joining',
    realVideo: false,
    text: { joining: LESSON_TEXT.joining, waiting: LESSON_TEXT.waiting, reconnecting: LESSON_TEXT.reconnecting, noLesson: LESSON_TEXT.noLesson },
    coHosts: [],
    chat: [],
    network: { level: 'unknown', text: '' },
  },
  observers: {
    fullscreen(on: boolean) {
      wx.setPageOrientation?.({ orientation: on ? 'landscape' : 'portrait' });
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
      if (!lesson.store.view) void lesson.store.join(lesson.runtime.classId);
    },
    onShow(this: LessonPage) {
      if (!this.store || this.bindings) return;
      this.bindings = createStoreBindings(this, { store: this.store, fields: LESSON_FIELDS, actions: {}, structuralComparison: true });
      this.streamData?.show();
      wx.setKeepScreenOn?.({ keepScreenOn: true });
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
      const store = this.store;
      if (store) void store.leave().then(() => closeLesson());
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
    onLeaveTap() {
      wx.navigateBack();
    },
    async onSend(this: LessonPage & { selectComponent(selector: string): { clearDraft(): void } | null }, event: WxEvent<{ text: string }>) {
      if (await this.store?.sendText(event.detail.text)) this.selectComponent('#chat')?.clearDraft();
    },
    onRetry(this: LessonPage, event: WxEvent<{ id: string }>) {
      void this.store?.retry(event.detail.id);
    },
    onPickImage(this: LessonPage) {
      wx.chooseMedia({
        count: 1,
        mediaType: ['image'],
        sourceType: ['album', 'camera'],
        success: ({ tempFiles }) => {
          const [file] = tempFiles;
          if (file) void this.store?.sendImage({ path: file.tempFilePath, size: file.size });
        },
      });
    },
  },
});
