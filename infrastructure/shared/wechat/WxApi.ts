/** The `wx` calls the platform adapters make, injected so tests can stand in for the phone. */
export interface WxCallbacks<T = unknown> {
  success?(result: T): void;
  fail?(error: { errMsg: string }): void;
}

export interface WxApi {
  getSetting(options: WxCallbacks<{ authSetting: Record<string, boolean | undefined> }>): void;
  authorize(options: { scope: string } & WxCallbacks): void;
  openSetting(options: WxCallbacks<{ authSetting: Record<string, boolean | undefined> }>): void;
  showModal(options: { title: string; content: string; confirmText: string; cancelText: string } & WxCallbacks<{ confirm: boolean }>): void;
  onAppShow(listener: () => void): void;
  offAppShow(listener: () => void): void;
  onAppHide(listener: () => void): void;
  offAppHide(listener: () => void): void;
  onNetworkStatusChange(listener: (status: { isConnected: boolean; networkType: string }) => void): void;
  offNetworkStatusChange(listener: (status: { isConnected: boolean; networkType: string }) => void): void;
  setKeepScreenOn(options: { keepScreenOn: boolean } & WxCallbacks): void;
}

/** A wx callback API as a promise that never rejects: the platform answers, or says why not. */
export function call<T>(
  start: (callbacks: Required<WxCallbacks<T>>) => void,
): Promise<{ ok: true; result: T } | { ok: false; errMsg: string }> {
  return new Promise((resolve) =>
    start({ success: (result) => resolve({ ok: true, result }), fail: ({ errMsg }) => resolve({ ok: false, errMsg }) }),
  );
}
