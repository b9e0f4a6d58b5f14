import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { MemberRemoval } from '../../server/application/ports/MemberRemoval';
import { PublishError, SignalPublisher } from '../../server/application/ports/SignalPublisher';
import { SchoolServerCore } from '../../server/application/SchoolServerCore';
import { ServerClock, ServerLog } from '../../server/application/ServerClock';
import { SqliteClassStore } from '../../server/infrastructure/sqlite/SqliteClassStore';
import { ImRestClient } from '../../server/infrastructure/tencent/ImRestClient';
import { ImRestPublisher } from '../../server/infrastructure/tencent/ImRestPublisher';
import { TencentMemberRemoval } from '../../server/infrastructure/tencent/TencentMemberRemoval';
import { TrtcRestClient } from '../../server/infrastructure/tencent/TrtcRestClient';
import { tlsUserSigner } from '../../server/infrastructure/tencent/userSigner';
import { loadCatalog } from './classCatalog';
import { catalogDirectory } from './catalogSchool';
import { createDevServer, SIGNING_UNAVAILABLE, signingFromEnv } from './devServer';
import { StaffTokens, staffSecretFromEnv } from './staffTokens';

const systemClock: ServerClock = {
  now: () => Date.now(),
  delay: (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref()),
};

/**
 * `npm run dev:server`: the school server a school can run. From the environment: PORT (8787),
 * HOST (127.0.0.1; 0.0.0.0 lets a phone on the LAN reach it), LESSON_CLASSES_FILE (the example
 * catalog), LESSON_STATE_FILE (data/school.sqlite; the class state, created on first start),
 * TENCENT_SDK_APP_ID and TENCENT_SECRET_KEY (UserSigs and the IM REST API), TENCENT_IM_ADMIN,
 * TENCENT_IM_REST_URL, TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (TRTC RemoveUser),
 * TENCENT_TRTC_API_URL, LESSON_STAFF_SECRET, TENCENT_IM_CALLBACK_TOKEN (IM's member callbacks, served only with it). docs/backend-api.md and docs/go-live.md say more.
 */
/** The running server; `stopped` settles once, after it closed, its publishing has stopped and its store is closed. */
export type DevServer = http.Server & { readonly stopped: Promise<void> };

export function runDevServer(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<DevServer> {
  const file = env.LESSON_CLASSES_FILE ?? 'devtools/server/classes.example.json';
  const catalog = loadCatalog(path.resolve(file));
  const stateFile = env.LESSON_STATE_FILE ?? 'data/school.sqlite';
  if (stateFile !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(stateFile)), { recursive: true });
  const store = new SqliteClassStore(stateFile);
  const signing = signingFromEnv(env);
  const serverLog: ServerLog = {
    info: (event, fields) => log(JSON.stringify({ level: 'info', event, ...fields })),
    warn: (event, fields) => log(JSON.stringify({ level: 'warn', event, ...fields })),
  };
  const im =
    signing &&
    new ImRestClient({
      sdkAppId: signing.sdkAppId,
      signer: tlsUserSigner(signing.sdkAppId, signing.secretKey),
      adminId: env.TENCENT_IM_ADMIN,
      baseUrl: env.TENCENT_IM_REST_URL,
      clock: systemClock,
    });
  const cloudKey =
    env.TENCENTCLOUD_SECRET_ID && env.TENCENTCLOUD_SECRET_KEY
      ? { secretId: env.TENCENTCLOUD_SECRET_ID, secretKey: env.TENCENTCLOUD_SECRET_KEY }
      : undefined;
  const trtc =
    signing &&
    cloudKey &&
    new TrtcRestClient({ sdkAppId: signing.sdkAppId, key: cloudKey, endpoint: env.TENCENT_TRTC_API_URL, clock: systemClock });
  const core = new SchoolServerCore({
    directory: catalogDirectory(catalog),
    store,
    publisher: im ? new ImRestPublisher(im) : unconfiguredPublisher,
    removal: im ? new TencentMemberRemoval(im, trtc) : unconfiguredRemoval,
    clock: systemClock,
    log: serverLog,
  });
  const callbackToken = env.TENCENT_IM_CALLBACK_TOKEN;
  const imCallback = signing && callbackToken ? { sdkAppId: signing.sdkAppId, token: callbackToken } : undefined;
  const school = { core, tokens: new StaffTokens(staffSecretFromEnv(env)), ...(imCallback ? { imCallback } : {}) };
  const server = createDevServer({ catalog, signing, school });
  // A change in flight finishes (or is left unpublished for the next start) before the file is let go.
  const stopped = new Promise<void>((resolve) =>
    server.on(
      'close',
      () =>
        void core
          .stop()
          .then(() => store.close())
          .finally(resolve),
    ),
  );
  const running: DevServer = Object.assign(server, { stopped });
  void core.start();
  const port = Number(env.PORT ?? 8787);
  const host = env.HOST || '127.0.0.1';
  return new Promise((resolve) =>
    server.listen(port, host, () => {
      const address = server.address();
      log(`lesson dev backend on http://${host}:${typeof address === 'object' && address ? address.port : port} (classes from ${file})`);
      log(signing ? `signing UserSigs for SDKAppID ${signing.sdkAppId}` : SIGNING_UNAVAILABLE);
      log(`class state in ${stateFile}; staff get a token from GET /classes/{classId}/staff-token`);
      resolve(running);
    }),
  );
}

/** Without a Tencent account nothing can be sent: the change is kept, and students read it from the state. */
const unconfiguredPublisher: SignalPublisher = {
  publish: async () => {
    throw new PublishError('UNCONFIGURED', false, SIGNING_UNAVAILABLE);
  },
};

const unconfiguredRemoval: MemberRemoval = {
  remove: async () => {
    throw new Error(SIGNING_UNAVAILABLE);
  },
};
