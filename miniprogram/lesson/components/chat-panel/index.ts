interface ChatPanel extends WxComponentInstance {
  lastTop?: number;
  reading?: boolean;
  touchedAt?: number;
}

/**
 * A scroll up counts as reading back only this soon after the student's finger was on the chat
 * (a fling goes on for a second or two): content shrinking above, as a taller top line leaves,
 * also moves scrollTop up, and that is not the student.
 */
const TOUCH_SCROLL_MS = 3000;

/**
 * The chat: newest at the bottom. The page's data path holds everything the panel shows (the
 * lines in their ring of slots, which line to scroll to, 有新消息); the panel only tells the page
 * when the student scrolls up to read back, reaches the top while reading (older lines), or comes
 * back down. It never calls setData on the page's data, only for the draft the student types,
 * which is cleared by the page once the text is in the chat.
 */
Component({
  properties: {
    /** The window's lines in slots, oldest at `head` (ChatRing). */
    lines: { type: Array, value: [] },
    head: { type: Number, value: 0 },
    /** The element to scroll into view: the newest line while following. */
    anchor: { type: String, value: '' },
    unread: { type: Boolean, value: false },
    muted: { type: Boolean, value: false },
    placeholder: { type: String, value: '' },
    floating: { type: Boolean, value: false },
    /** Keeps room beside the newest lines, where the page draws my preview. */
    aside: { type: Boolean, value: false },
  },
  data: { draft: '' },
  methods: {
    clearDraft(this: ChatPanel) {
      this.setData({ draft: '' });
    },
    onInput(this: ChatPanel, event: WxEvent<{ value: string }>) {
      this.setData({ draft: event.detail.value });
    },
    onSendTap(this: ChatPanel) {
      this.triggerEvent('send', { text: this.data.draft });
    },
    onImageTap(this: ChatPanel) {
      this.triggerEvent('image');
    },
    onLineTap(this: ChatPanel, event: WxEvent) {
      const { id, state, picture } = event.currentTarget.dataset;
      if (state === 'failed') this.triggerEvent('retry', { id });
      else if (picture) this.triggerEvent('preview', { id });
    },
    // The wall clock, not the events' stamps: only how long ago the finger was down matters.
    onTouch(this: ChatPanel) {
      this.touchedAt = Date.now();
    },
    onScroll(this: ChatPanel, event: WxEvent<{ scrollTop?: number }>) {
      const top = event.detail.scrollTop;
      if (typeof top !== 'number') return;
      const touched = this.touchedAt !== undefined && Date.now() - this.touchedAt < TOUCH_SCROLL_MS;
      if (this.lastTop !== undefined && top < this.lastTop - 4 && !this.reading && touched) {
        this.reading = true;
        this.triggerEvent('readback');
      }
      this.lastTop = top;
    },
    onReachTop(this: ChatPanel) {
      if (this.reading) this.triggerEvent('earlier');
    },
    onReachBottom(this: ChatPanel) {
      if (!this.reading) return;
      this.reading = false;
      this.triggerEvent('follow');
    },
    onUnreadTap(this: ChatPanel) {
      this.reading = false;
      this.triggerEvent('follow');
    },
  },
});
