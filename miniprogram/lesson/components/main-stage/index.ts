/** Two taps closer than this (ms, by the events' own timestamps) are a double tap. */
const DOUBLE_TAP_MS = 300;

/**
 * The main view: the board with the teacher as a small picture tagged 主讲, else the teacher's
 * camera with their name tag, their avatar when only audio is on, or a placeholder; a voice mark
 * while the teacher speaks. Double tap or the button asks for
 * full screen; the page decides.
 */
Component({
  properties: {
    main: { type: String, value: 'none' },
    teacherPip: { type: Boolean, value: false },
    teacherName: { type: String, value: '' },
    teacherSpeaking: { type: Boolean, value: false },
    realVideo: { type: Boolean, value: false },
    fullscreen: { type: Boolean, value: false },
  },
  methods: {
    onStageTap(this: WxComponentInstance & { lastTap?: number }, event: WxEvent) {
      const at = event.timeStamp ?? 0;
      const double = this.lastTap !== undefined && at - this.lastTap < DOUBLE_TAP_MS;
      this.lastTap = double ? undefined : at;
      if (double) this.triggerEvent('fullscreen');
    },
    onFullscreenTap(this: WxComponentInstance) {
      this.triggerEvent('fullscreen');
    },
  },
});
