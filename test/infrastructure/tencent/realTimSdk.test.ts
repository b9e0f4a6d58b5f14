import { TimInstance } from '../../../infrastructure/tim-wx/TimSdk';
import { standInTimFactory, TYPES } from './support/StandInTim';

/**
 * The real tim-wx-sdk 2.27.6 instance, made by TIM.create on a stand-in `wx` whose socket never
 * opens: what it does before any network answers is what the IM stand-in copies, so it is checked
 * here against the SDK itself.
 */
function realTim(): { tim: TimInstance & Record<string, unknown>; opened: string[]; uninstall: () => void } {
  const opened: string[] = [];
  const socket = {
    onOpen: () => undefined,
    onClose: () => undefined,
    onError: () => undefined,
    onMessage: () => undefined,
    send: () => undefined,
    close: () => undefined,
  };
  const host = globalThis as unknown as { wx?: unknown };
  const previous = host.wx;
  host.wx = {
    // The SDK takes itself to be in a mini-program when getSystemInfoSync reports a font size.
    getSystemInfoSync: () => ({
      fontSizeSetting: 16,
      platform: 'android',
      SDKVersion: '3.0.0',
      system: 'Android 12',
      model: 'phone',
      version: '8.0.0',
    }),
    getStorageSync: () => '',
    setStorageSync: () => undefined,
    removeStorageSync: () => undefined,
    getStorageInfoSync: () => ({ keys: [] }),
    getNetworkType: (options: { success?: (result: object) => void }) => options.success?.({ networkType: 'none' }),
    onNetworkStatusChange: () => undefined,
    offNetworkStatusChange: () => undefined,
    onAppShow: () => undefined,
    onAppHide: () => undefined,
    offAppShow: () => undefined,
    offAppHide: () => undefined,
    connectSocket: (options: { url: string }) => (opened.push(options.url), socket),
    request: (options: { url: string }) => void opened.push(options.url),
    getAccountInfoSync: () => ({ miniProgram: { appId: 'wx0000000000000000', envVersion: 'develop' } }),
  };
  let tim: TimInstance & Record<string, unknown> = {} as TimInstance & Record<string, unknown>;
  jest.isolateModules(() => {
    const TIM = require('tim-wx-sdk') as { create(options: object): unknown };
    tim = TIM.create({ SDKAppID: 1400000009, unlimitedAVChatRoom: true }) as TimInstance & Record<string, unknown>;
    (tim.setLogLevel as (level: number) => void)(4);
  });
  return { tim, opened, uninstall: () => void (host.wx = previous) };
}

describe('the real tim-wx-sdk before the service answers', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.clearAllTimers();
    jest.useRealTimers();
  });

  it('has every call the adapters make, and reaches the IM hosts the go-live guide lists', () => {
    const { tim, opened, uninstall } = realTim();
    try {
      const calls: (keyof TimInstance)[] = [
        'registerPlugin',
        'login',
        'logout',
        'destroy',
        'joinGroup',
        'getGroupOnlineMemberCount',
        'quitGroup',
        'getGroupProfile',
        'createTextMessage',
        'createImageMessage',
        'createCustomMessage',
        'sendMessage',
        'on',
        'off',
      ];
      expect(calls.filter((call) => typeof tim[call] !== 'function')).toEqual([]);
      expect(opened).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^wss:\/\/wss\.im\.qcloud\.com\//),
          expect.stringMatching(/^https:\/\/web\.sdk\.qcloud\.com\//),
        ]),
      );
    } finally {
      uninstall();
    }
  });

  it('answers a message built before login with a rejected promise carrying code and data, not a message or a throw', async () => {
    const { tim, uninstall } = realTim();
    try {
      const built = tim.createTextMessage({ to: 'math-101-chat', conversationType: 'GROUP', payload: { text: '老师好' } }) as unknown;
      expect(typeof (built as PromiseLike<unknown>).then).toBe('function');
      await expect(built).rejects.toMatchObject({ code: 2024, data: {} });
    } finally {
      uninstall();
    }
  });

  it('counts 0 online in a group it has not joined as a live group', async () => {
    const { tim, uninstall } = realTim();
    try {
      await expect(tim.getGroupOnlineMemberCount('math-101-chat')).resolves.toEqual({ code: 0, data: { memberCount: 0 } });
    } finally {
      uninstall();
    }
  });

  it('is copied by the stand-in in both answers', async () => {
    const factory = standInTimFactory({ 'math-101-chat': TYPES.GRP_AVCHATROOM as string });
    const tim = factory.create({ SDKAppID: 1400000009, unlimitedAVChatRoom: true });
    const built = tim.createTextMessage({ to: 'math-101-chat', conversationType: 'GROUP', payload: { text: '老师好' } }) as unknown;
    await expect(built).rejects.toMatchObject({ code: 2024, data: {} });
    await expect(tim.getGroupOnlineMemberCount('math-101-chat')).resolves.toEqual({ code: 0, data: { memberCount: 0 } });
  });
});
