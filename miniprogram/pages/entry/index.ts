import { classCodeFrom, demoLesson, DEMO_CLASS_ID, ENTRY_TEXT, openClassLesson, openLesson } from '../../core';

/**
 * Entry: a class code typed in, or carried by the launch (query `classId` or a code's `scene`),
 * or the built-in demo lesson. The demo always runs in memory; any other code opens a class of
 * the family this build was configured for (miniprogram/config/lesson.config.json).
 */
Component({
  data: { code: '', errorText: '', text: ENTRY_TEXT },
  methods: {
    onLoad(this: WxComponentInstance & { enter(code: string): void }, query?: Record<string, string>) {
      const code = classCodeFrom(query);
      if (!code) return;
      this.setData({ code });
      this.enter(code);
    },
    onCodeInput(this: WxComponentInstance, event: WxEvent<{ value: string }>) {
      this.setData({ code: event.detail.value, errorText: '' });
    },
    onEnterTap(this: WxComponentInstance & { enter(code: string): void }) {
      const code = String(this.data.code).trim();
      if (!code) {
        this.setData({ errorText: ENTRY_TEXT.emptyCode });
        return;
      }
      this.enter(code);
    },
    onDemoTap(this: WxComponentInstance & { enter(code: string): void }) {
      this.enter(DEMO_CLASS_ID);
    },
    enter(code: string) {
      if (code === DEMO_CLASS_ID) openLesson(demoLesson(code));
      else openClassLesson(code);
      void wx.navigateTo({ url: `/pages/lesson/index?classId=${encodeURIComponent(code)}` });
    },
  },
});
