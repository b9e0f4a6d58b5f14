import * as http from 'http';
import * as path from 'path';
import { ClassCatalog, loadCatalog, lookUp, publicInfo } from './classCatalog';

// tls-sig-api-v2 ships no types, and its package.json names `main` twice (the first file does not
// exist), which Jest's resolver trips over: the signing file is required by its own path.
const TLSSigAPIv2 = require('tls-sig-api-v2/TLSSigAPIv2') as { Api: new (sdkAppId: number, key: string) => { genSig(userId: string, expireSeconds: number): string } };

export interface Signing {
  readonly sdkAppId: number;
  readonly secretKey: string;
}

export interface DevServerOptions {
  readonly catalog: ClassCatalog;
  /** Absent when the environment has no Tencent account: class info still works, credentials do not. */
  readonly signing?: Signing;
  readonly sigLifetimeSeconds?: number;
  readonly now?: () => number;
}

export const SIGNING_UNAVAILABLE =
  'UserSig signing is unavailable: set TENCENT_SDK_APP_ID and TENCENT_SECRET_KEY (from the TRTC/IM console) and restart.';

/** Reads the account from the environment; the secret stays in this process and is never logged. */
export function signingFromEnv(env: NodeJS.ProcessEnv): Signing | undefined {
  const sdkAppId = Number(env.TENCENT_SDK_APP_ID);
  const secretKey = env.TENCENT_SECRET_KEY;
  return Number.isInteger(sdkAppId) && sdkAppId > 0 && secretKey ? { sdkAppId, secretKey } : undefined;
}

/**
 * The backend contract of docs/backend-api.md for development on localhost. The bearer token
 * IS the student's user id here; a real backend resolves it from its own login session.
 */
export function createDevServer(options: DevServerOptions): http.Server {
  const now = options.now ?? Date.now;
  const lifetime = options.sigLifetimeSeconds ?? 24 * 60 * 60;
  const api = options.signing && new TLSSigAPIv2.Api(options.signing.sdkAppId, options.signing.secretKey);
  return http.createServer((request, response) => {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(body));
    };
    const match = /^\/classes\/([^/]+)(\/credentials)?$/.exec((request.url ?? '').split('?')[0]);
    if (request.method !== 'GET' || !match) return reply(404, { error: 'NO_SUCH_ROUTE' });
    const userId = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const found = lookUp(options.catalog, decodeURIComponent(match[1]), userId);
    if (!found.ok) return reply(found.status, { error: found.error });
    if (!match[2]) return reply(200, publicInfo(found.found));
    if (!api || !options.signing || !userId) return reply(503, { error: 'SIGNING_UNAVAILABLE', message: SIGNING_UNAVAILABLE });
    reply(200, {
      sdkAppId: options.signing.sdkAppId,
      userId,
      userName: found.userName,
      userSig: api.genSig(userId, lifetime),
      expiresAt: now() + lifetime * 1000,
    });
  });
}

/**
 * `npm run dev:server`: PORT (8787), HOST (127.0.0.1; a LAN address such as 0.0.0.0 lets a phone
 * reach it) and LESSON_CLASSES_FILE (the example, from the repo root) from the environment.
 */
export function runDevServer(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<http.Server> {
  const file = env.LESSON_CLASSES_FILE ?? 'server/classes.example.json';
  const signing = signingFromEnv(env);
  const server = createDevServer({ catalog: loadCatalog(path.resolve(file)), signing });
  const port = Number(env.PORT ?? 8787);
  const host = env.HOST || '127.0.0.1';
  return new Promise((resolve) =>
    server.listen(port, host, () => {
      const address = server.address();
      log(`lesson dev backend on http://${host}:${typeof address === 'object' && address ? address.port : port} (classes from ${file})`);
      log(signing ? `signing UserSigs for SDKAppID ${signing.sdkAppId}` : SIGNING_UNAVAILABLE);
      resolve(server);
    }),
  );
}
