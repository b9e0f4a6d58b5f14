/** The few `wx` calls trtc-wx-sdk makes, with live contexts that remember what was asked of them. */
export interface LiveContext {
  started: number;
  stopped: number;
  cameraSwitches: number;
}

export function installStandInWx(): { pusher: LiveContext; players: Map<string, LiveContext>; uninstall: () => void } {
  const pusher: LiveContext = { started: 0, stopped: 0, cameraSwitches: 0 };
  const players = new Map<string, LiveContext>();
  const context = (record: LiveContext) => ({
    start: () => void (record.started += 1),
    stop: () => void (record.stopped += 1),
    switchCamera: () => void (record.cameraSwitches += 1),
  });
  const wx = {
    createLivePusherContext: () => context(pusher),
    createLivePlayerContext: (id: string) => {
      const record = { started: 0, stopped: 0, cameraSwitches: 0 };
      players.set(id, record);
      return context(record);
    },
    getStorageSync: () => '',
    getSystemInfo: (options: { success: (info: object) => void }) => options.success({ platform: 'devtools', SDKVersion: '3.0.0' }),
  };
  const host = globalThis as unknown as { wx?: unknown; getApp?: unknown };
  const previous = { wx: host.wx, getApp: host.getApp };
  host.wx = wx;
  host.getApp = () => ({ globalData: {} });
  return { pusher, players, uninstall: () => Object.assign(host, previous) };
}
