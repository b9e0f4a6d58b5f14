import { ENTRY_PAGE, joinAfterPrevious, leaveLesson, LESSON_TEXT, LessonStore, SAVER_TEXT, SystemClock } from '../core';
import type { LessonRuntime, OpenLesson } from '../core';
import { classOfAddress, CoalescedPageData, FLUSH_INTERVAL_MS, lessonFor, lessonPageData, nativePicker, NO_LESSON_DATA } from './core';
import type { MediaAttributes, WebrtcRoomData } from './core';

type MediaView = NonNullable<LessonRuntime['mediaView']>;
type MediaEvent = Parameters<MediaView['pusherEventHandler']>[0];
type TicView = NonNullable<LessonRuntime['ticView']>;

/**
 * Off the lesson page, always somewhere: back to the page that opened it, or to the entry page
 * when the lesson was opened straight from a class link (no page below it, where
 * `wx.navigateBack` fails without a word) or going back failed.
 */
function leaveToPreviousPage(): void {
  const toEntry = () => void wx.reLaunch({ url: ENTRY_PAGE });
  if (getCurrentPages().length < 2) return toEntry();
  wx.navigateBack({ fail: toEntry });
}

interface LessonPage extends WxComponentInstance {
  lesson?: OpenLesson;
  store?: LessonStore;
  pageData?: CoalescedPageData;
  /** The family's renderer of <live-pusher>/<live-player>, when it has real video. */
  media?: MediaView;
  mediaAttributes?: MediaAttributes;
  /** TIC builds: <tic-component> and <webrtc-room>, whose attributes ride the same data path. */
  ticView?: TicView;
  webrtcRoom?: WebrtcRoomData['webrtcRoom'];
  showMedia(attributes: MediaAttributes | WebrtcRoomData): Promise<void>;
}

/**
 * The lesson. Every field the page binds, the media room's <live-pusher>/<live-player> attributes
 * included, goes out through one CoalescedPageData (one diff, one setData per 100 ms, the
 * student's own taps at once, at most 12 a second, nothing while hidden); the page calls setData nowhere else. Taps are forwarded to the store,
 * which holds no rules either.
 */
Component({
  data: {
    screen: 'joining',
    text: {
      joining: LESSON_TEXT.joining,
      waiting: LESSON_TEXT.waiting,
      reconnecting: LESSON_TEXT.reconnecting,
      noLesson: LESSON_TEXT.noLesson,
      mic: LESSON_TEXT.mic,
      camera: LESSON_TEXT.camera,
    },
    saverText: SAVER_TEXT,
  },
  observers: {
    // The navigation bar is WeChat's, outside the page: it follows the bound title as a side effect.
    navigationTitle(title: string) {
      if (title) void wx.setNavigationBarTitle({ title });
    },
  },
  methods: {
    onLoad(this: LessonPage, query?: Record<string, string>) {
      const lesson = lessonFor(classOfAddress(query));
      this.pageData = new CoalescedPageData(
        this,
        () =>
          lesson
            ? lessonPageData(
                lesson.store,
                lesson.runtime.realVideo && this.media ? (this.mediaAttributes ?? this.media.attributes()) : undefined,
                this.ticView && (this.webrtcRoom ?? this.ticView.rendered),
              )
            : NO_LESSON_DATA,
        lesson?.runtime.clock ?? new SystemClock(),
        FLUSH_INTERVAL_MS,
        lesson?.store,
      );
      if (!lesson) return;
      this.lesson = lesson;
      this.store = lesson.store;
      // Before joining: the SDK makes its live-pusher context on this page when entering the room.
      this.media = lesson.runtime.mediaView;
      this.media?.attach(this);
      // Before joining too: TIC logs in through <tic-component> and enters through <webrtc-room>.
      this.ticView = lesson.runtime.ticView;
      this.ticView?.attach(this);
      // After a lesson just left (the student came straight back) is out of its rooms.
      void joinAfterPrevious(lesson);
    },
    /** The media room's attributes, carried by the page's one data path (TrtcRenderBinding.render awaits this). */
    showMedia(this: LessonPage, attributes: MediaAttributes | WebrtcRoomData): Promise<void> {
      if ('webrtcRoom' in attributes) this.webrtcRoom = attributes.webrtcRoom;
      else this.mediaAttributes = attributes;
      return this.pageData?.publish() ?? Promise.resolve();
    },
    onShow(this: LessonPage) {
      this.pageData?.show();
    },
    onHide(this: LessonPage) {
      this.pageData?.hide();
    },
    onUnload(this: LessonPage & { onHide(): void }) {
      this.onHide();
      this.pageData?.dispose();
      this.media?.detach(this);
      this.ticView?.detach(this);
      if (this.lesson) void leaveLesson(this.lesson);
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
    /** <webrtc-room>'s bindRoomEvent (TIC builds), forwarded to the TIC media room. */
    onRoomEvent(this: LessonPage, event: Parameters<TicView['onRoomEvent']>[0]) {
      this.ticView?.onRoomEvent(event);
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
    onToolInvitation(this: LessonPage, event: WxEvent<{ accepted: boolean }>) {
      void this.store?.answerInvitation(event.detail.accepted);
    },
    onToolCheckIn(this: LessonPage) {
      void this.store?.checkIn();
    },
    onToolPick(this: LessonPage, event: WxEvent<{ label: string }>) {
      this.store?.pickOption(event.detail.label);
    },
    onToolAnswer(this: LessonPage) {
      void this.store?.answer();
    },
    onToolDismiss(this: LessonPage) {
      this.store?.dismissQuestion();
    },
    onLeaveTap() {
      leaveToPreviousPage();
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
    onChatReadBack(this: LessonPage) {
      this.store?.readChatBack();
    },
    onChatEarlier(this: LessonPage) {
      this.store?.showEarlierChat();
    },
    onChatFollow(this: LessonPage) {
      this.store?.followChat();
    },
    /** The large picture only when the student asks for it: WeChat's own viewer, with the pictures around it. */
    onPreviewImage(this: LessonPage, event: WxEvent<{ id: string }>) {
      const preview = this.store?.picturesAround(event.detail.id);
      if (preview) void wx.previewImage(preview);
    },
    // Through the app's picker, so the app-hide it causes does not stop my microphone and camera.
    onPickImage(this: LessonPage) {
      nativePicker.pickImage(wx, (image) => void this.store?.sendImage(image));
    },
  },
});
