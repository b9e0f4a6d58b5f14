/**
 * wx.setPageOrientation is not part of WeChat's API (miniprogram-api-typings has no such call);
 * the lesson page calls it optionally, so on a phone it does nothing. Declared here only so the
 * page compiles: removed when issue 14's <page-meta page-orientation> orientation lands.
 */
declare namespace WechatMiniprogram {
  interface Wx {
    setPageOrientation?(options: { orientation: 'portrait' | 'landscape' | 'auto' }): void;
  }
}
