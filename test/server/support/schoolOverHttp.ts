import * as fs from 'fs';
import { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { DevServer, runDevServer } from '../../../devtools/server/runDevServer';
import { aTencentStandIn, tencentEnvFor } from './restFixture';
import { TencentRestStandIn } from './tencentRestStandIn';

export const STAFF_SECRET = 'ab'.repeat(32);

/**
 * The school server as `npm run dev:server` starts it, on a SQLite file of its own, its IM and
 * TRTC calls going to a loopback stand-in of Tencent's REST endpoints. `restart` stops the process's
 * server and starts another on the same file, as a redeploy in the middle of a lesson would.
 */
export async function aSchoolOverHttp() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'school-http-'));
  const standIn: TencentRestStandIn = await aTencentStandIn();
  const env = {
    PORT: '0',
    LESSON_STATE_FILE: path.join(dir, 'school.sqlite'),
    LESSON_STAFF_SECRET: STAFF_SECRET,
    ...tencentEnvFor(standIn),
  };
  const log: string[] = [];
  let server = await runDevServer(env, (line) => log.push(line));
  const school = {
    standIn,
    log,
    get url() {
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    async call(method: 'GET' | 'POST', route: string, token?: string, body?: unknown, headers: Record<string, string> = {}) {
      const response = await fetch(`${school.url}${route}`, {
        method,
        headers: {
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      return {
        status: response.status,
        etag: response.headers.get('etag'),
        body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
      };
    },
    async staffToken(userId: string): Promise<string> {
      const answer = await school.call('GET', '/classes/math-101/staff-token', userId);
      return String(answer.body?.staffToken);
    },
    async restart() {
      await closed(server);
      server = await runDevServer(env, (line) => log.push(line));
    },
    async stop() {
      await closed(server);
      await standIn.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return school;
}

/** Closed, and its store let go: a restart or the temporary directory's removal never races a write in flight. */
async function closed(server: DevServer): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await server.stopped;
}

/** Waits, with a generous margin, for something the server does in the background. */
export async function until(condition: () => boolean, withinMs = 20_000): Promise<void> {
  const end = Date.now() + withinMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('it did not happen in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
