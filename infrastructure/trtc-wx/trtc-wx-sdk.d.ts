declare module 'trtc-wx-sdk' {
  const TRTC: new (page: object, options?: { env?: string; TUIScene?: string }) => unknown;
  export = TRTC;
}
