import { ServerClock } from '../../../server/application/ServerClock';
import { ImRestClient } from '../../../server/infrastructure/tencent/ImRestClient';
import { TrtcRestClient } from '../../../server/infrastructure/tencent/TrtcRestClient';
import { tlsUserSigner } from '../../../server/infrastructure/tencent/userSigner';
import { TencentRestStandIn } from './tencentRestStandIn';

export const APP = { sdkAppId: 1400000001, secretKey: 'a-test-secret-key-of-the-im-app', adminId: 'administrator' };
export const CLOUD_KEY = { secretId: 'AKIDtest', secretKey: 'cloud-api-test-secret' };

/** Time that passes only when something waits: a wait of 1 s is over at once, with the clock 1 s on. */
export function steppedClock(start = Date.now()): ServerClock & { advance(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    // A wait still lets the event loop run, as a real one does: answers in flight can arrive.
    delay: (ms) =>
      new Promise((resolve) =>
        setImmediate(() => {
          now += ms;
          resolve();
        }),
      ),
    advance: (ms) => {
      now += ms;
    },
  };
}

export async function aTencentStandIn(now?: () => number) {
  return new TencentRestStandIn({
    ...APP,
    cloudKey: CLOUD_KEY,
    groups: { 'math-101-signal': 'AVChatRoom', 'math-101-chat': 'Public' },
    now,
  }).start();
}

export function clientsFor(standIn: TencentRestStandIn, clock: ServerClock, keys: { secretKey?: string; cloudSecret?: string } = {}) {
  const im = new ImRestClient({
    sdkAppId: APP.sdkAppId,
    signer: tlsUserSigner(APP.sdkAppId, keys.secretKey ?? APP.secretKey),
    adminId: APP.adminId,
    baseUrl: standIn.url,
    clock,
    timeoutMs: 2_000,
  });
  const trtc = new TrtcRestClient({
    sdkAppId: APP.sdkAppId,
    key: { ...CLOUD_KEY, secretKey: keys.cloudSecret ?? CLOUD_KEY.secretKey },
    endpoint: standIn.url,
    clock,
    timeoutMs: 2_000,
  });
  return { im, trtc };
}

/** The server's environment for its IM and TRTC calls to go to the stand-in, signed with the test app's keys. */
export function tencentEnvFor(standIn: TencentRestStandIn): Record<string, string> {
  return {
    TENCENT_SDK_APP_ID: String(APP.sdkAppId),
    TENCENT_SECRET_KEY: APP.secretKey,
    TENCENT_IM_ADMIN: APP.adminId,
    TENCENT_IM_REST_URL: standIn.url,
    TENCENTCLOUD_SECRET_ID: CLOUD_KEY.secretId,
    TENCENTCLOUD_SECRET_KEY: CLOUD_KEY.secretKey,
    TENCENT_TRTC_API_URL: standIn.url,
  };
}
