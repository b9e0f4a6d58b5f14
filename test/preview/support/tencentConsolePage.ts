// The Tencent family's teacher console on stand-ins of its two web SDKs, bundled for Chromium by
// test/preview/tencentConsole.test.ts. The chat SDK's constants (EVENT, TYPES) are
// @tencentcloud/chat's own; everything else needs Tencent's servers (the real createTextMessage
// answers a rejected promise before a real login), so login, joining, building and sending a
// message and receiving go through functions the test exposes, which reach the loopback stand-in
// of IM's REST API the school server publishes to. Messages keep the SDK's documented shape.
// TRTC is a recorder of the calls the console makes (trtc-sdk-v5 enters no room without Tencent's servers).
import TencentCloudChat from '@tencentcloud/chat';
import { bootTencent } from '../../../console/bootTencent';
import { WebChatSdk, WebTrtcSdk } from '../../../console/families/webSdks';

interface Bridge {
  __imSince(handed: number): Promise<unknown[]>;
  __imSend(message: { to: string; type: string; payload: unknown; from: string }): Promise<{ ID: string; time: number }>;
  __imLogin(userId: string): Promise<void>;
  __imJoin(groupId: string): Promise<void>;
  __trtcCalls: { method: string; args: unknown }[];
  __trtcEmit(event: string, payload: { userId: string; streamType: string }): void;
}
const page = window as unknown as Bridge;

const handlers = new Map<string, Set<(event: { name: string; data: unknown }) => void>>();
const emit = (name: string, data: unknown) => {
  for (const handler of [...(handlers.get(name) ?? [])]) handler({ name, data });
};
const real = TencentCloudChat as unknown as WebChatSdk;

const chat: WebChatSdk = {
  EVENT: real.EVENT,
  TYPES: real.TYPES,
  create(options) {
    void options;
    let me = '';
    let handed = 0;
    setInterval(() => {
      void page.__imSince(handed).then((fresh) => {
        handed += fresh.length;
        if (fresh.length > 0) emit(real.EVENT.MESSAGE_RECEIVED, fresh);
      });
    }, 50);
    return {
      on: (event, handler) => void (handlers.get(event) ?? handlers.set(event, new Set()).get(event)!).add(handler as never),
      off: (event, handler) => void handlers.get(event)?.delete(handler as never),
      createTextMessage: ({ to, conversationType, payload }) => ({ to, conversationType, type: real.TYPES.MSG_TEXT, payload }),
      login: async ({ userID }) => {
        me = userID;
        await page.__imLogin(userID);
      },
      joinGroup: ({ groupID }) => page.__imJoin(groupID),
      logout: async () => undefined,
      sendMessage: async (message) => {
        const built = message as { to: string; type: string; payload: unknown };
        const sent = await page.__imSend({ to: built.to, type: built.type, payload: built.payload, from: me });
        return { data: { message: { ...built, ...sent, from: me, conversationType: 'GROUP' } as never } };
      },
    };
  },
};

page.__trtcCalls = [];
const trtcHandlers = new Map<string, (event: { userId: string; streamType: string }) => void>();
page.__trtcEmit = (event, payload) => trtcHandlers.get(event)?.(payload);
const TRTC_TYPE = { SCENE_LIVE: 'live', SCENE_RTC: 'rtc', ROLE_ANCHOR: 'anchor' };
const trtc: WebTrtcSdk = {
  EVENT: { REMOTE_VIDEO_AVAILABLE: 'remote-video-available', REMOTE_VIDEO_UNAVAILABLE: 'remote-video-unavailable' },
  TYPE: TRTC_TYPE,
  create() {
    const record =
      (method: string) =>
      async (args?: unknown): Promise<void> =>
        void page.__trtcCalls.push({ method, args: args instanceof HTMLElement ? 'element' : (args ?? null) });
    return {
      enterRoom: record('enterRoom'),
      exitRoom: record('exitRoom'),
      startLocalVideo: record('startLocalVideo'),
      stopLocalVideo: record('stopLocalVideo'),
      startLocalAudio: record('startLocalAudio'),
      stopLocalAudio: record('stopLocalAudio'),
      startScreenShare: record('startScreenShare'),
      stopScreenShare: record('stopScreenShare'),
      startRemoteVideo: (options) => record('startRemoteVideo')({ userId: options.userId, streamType: options.streamType }),
      stopRemoteVideo: record('stopRemoteVideo'),
      on: (event, handler) => void trtcHandlers.set(event, handler),
    };
  },
};

bootTencent({ chat, trtc }).catch((error: Error) => {
  (document.getElementById('status') as HTMLElement).textContent = `教师端启动失败：${error.message}`;
});
