interface ChatPanel extends WxComponentInstance {
  lastTop?: number;
  following?: boolean;
  lastId?: string;
}

interface Line {
  readonly id: string;
  readonly earlier?: boolean;
}

/**
 * The chat: newest at the bottom, followed only while the student is at the bottom, so reading
 * older lines is never interrupted (a 有新消息 tip appears instead, for a new last line that is
 * not earlier chat handed over on joining). The draft lives here and is
 * cleared by the page once the text is in the chat.
 */
Component({
  properties: {
    lines: { type: Array, value: [] },
    muted: { type: Boolean, value: false },
    placeholder: { type: String, value: '' },
    floating: { type: Boolean, value: false },
    /** Keeps room beside the newest lines, where the page draws my preview. */
    aside: { type: Boolean, value: false },
  },
  data: { draft: '', anchor: '', unread: false },
  observers: {
    // The panel changed shape (floating over full screen, or making room for my preview): a student
    // following the chat still sees the newest line. The anchor is cleared first, as scroll-view
    // only scrolls when scroll-into-view changes.
    'floating, aside'(this: ChatPanel) {
      const lines = this.data.lines as Line[];
      if (!lines.length || this.following === false) return;
      this.setData({ anchor: '' });
      this.setData({ anchor: `c-${lines[lines.length - 1].id}` });
    },
    lines(this: ChatPanel, lines: Line[]) {
      const last = lines[lines.length - 1];
      if (!last) return;
      const isNew = last.id !== this.lastId && !last.earlier;
      this.lastId = last.id;
      if (this.following !== false) {
        if (this.data.anchor !== `c-${last.id}`) this.setData({ anchor: `c-${last.id}` });
      } else if (isNew && !this.data.unread) {
        this.setData({ unread: true });
      }
    },
  },
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
      const { id, state } = event.currentTarget.dataset;
      if (state === 'failed') this.triggerEvent('retry', { id });
    },
    onScroll(this: ChatPanel, event: WxEvent<{ scrollTop?: number }>) {
      const top = event.detail.scrollTop;
      if (typeof top !== 'number') return;
      if (this.lastTop !== undefined && top < this.lastTop - 4) this.following = false;
      this.lastTop = top;
    },
    onReachBottom(this: ChatPanel) {
      this.following = true;
      if (this.data.unread) this.setData({ unread: false });
    },
    onUnreadTap(this: ChatPanel) {
      const lines = this.data.lines as Line[];
      this.following = true;
      this.setData({ unread: false, anchor: lines.length ? `c-${lines[lines.length - 1].id}` : '' });
    },
  },
});
