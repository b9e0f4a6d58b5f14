import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { AddressInfo } from 'net';
import { loadCatalog } from '../../../devtools/server/classCatalog';
import { createDevServer } from '../../../devtools/server/devServer';

/** A class without an enrolment list: any known student may have credentials for it. */
const CATALOG = {
  students: { s1: '小明' },
  classes: [
    {
      classId: 'open-1',
      title: '公开课',
      teacher: { userId: 't1', name: '王老师' },
      assistants: [],
      trtcRoomId: 1,
      chatGroupId: 'c',
      signalGroupId: 'g',
    },
  ],
};

interface RawReply {
  readonly status: number;
  readonly body: unknown;
}

/** Exactly these bytes on a fresh connection, and what comes back before the server closes it. */
function rawRequest(port: number, bytes: string): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]);
      const body = text.slice(text.indexOf('\r\n\r\n') + 4);
      let parsed: unknown = body;
      try {
        parsed = JSON.parse(body);
      } catch {
        // left as text: the assertion below names it
      }
      resolve({ status, body: parsed });
    });
    socket.end(bytes);
  });
}

const get = (target: string, headers: Record<string, string> = {}, method = 'GET') =>
  `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}Connection: close\r\n\r\n`;

describe('the development backend under malformed requests', () => {
  let port: number;
  let server: ReturnType<typeof createDevServer>;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dev-server-'));
    fs.writeFileSync(path.join(dir, 'classes.json'), JSON.stringify(CATALOG));
    server = createDevServer({
      catalog: loadCatalog(path.join(dir, 'classes.json')),
      signing: { sdkAppId: 1400000001, secretKey: 'not-a-real-key' },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const asS1 = { Authorization: 'Bearer s1' };
  const batch: [string, string, number, string][] = [
    ['a truncated percent escape', get('/classes/%E0%A4%A', asS1), 400, 'BAD_REQUEST'],
    ['an invalid percent escape', get('/classes/%ZZ/credentials', asS1), 400, 'BAD_REQUEST'],
    ['a lone surrogate escape', get('/classes/%ED%A0%80', asS1), 400, 'BAD_REQUEST'],
    ...['constructor', '__proto__', 'toString', 'hasOwnProperty'].flatMap((token): [string, string, number, string][] => [
      [`the token "${token}" for class info`, get('/classes/open-1', { Authorization: `Bearer ${token}` }), 401, 'AUTH'],
      [`the token "${token}" for credentials`, get('/classes/open-1/credentials', { Authorization: `Bearer ${token}` }), 401, 'AUTH'],
    ]),
    ['a bearer without a token', get('/classes/open-1/credentials', { Authorization: 'Bearer ' }), 401, 'AUTH'],
    ['headers of 100 KB', get('/classes/open-1', { ...asS1, 'X-Pad': 'a'.repeat(100_000) }), 431, 'HEADERS_TOO_LARGE'],
    ['a path of 100 KB', get(`/classes/${'%41'.repeat(34_000)}`, asS1), 431, 'HEADERS_TOO_LARGE'],
    ['a method HTTP does not know', get('/classes/open-1', asS1, 'BREW'), 400, 'BAD_REQUEST'],
    ['a method the route does not serve', get('/classes/open-1', asS1, 'DELETE'), 405, 'METHOD_NOT_ALLOWED'],
    [
      'a body posted to credentials',
      `POST /classes/open-1/credentials HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer s1\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
      405,
      'METHOD_NOT_ALLOWED',
    ],
    [
      'an HTTP/1.1 request without Host',
      'GET /classes/open-1 HTTP/1.1\r\nAuthorization: Bearer s1\r\nConnection: close\r\n\r\n',
      400,
      'BAD_REQUEST',
    ],
    ['bytes that are not HTTP', 'hello there\r\n\r\n', 400, 'BAD_REQUEST'],
    [
      'a header without a colon',
      'GET /classes/open-1 HTTP/1.1\r\nAuthorization Bearer s1\r\nConnection: close\r\n\r\n',
      400,
      'BAD_REQUEST',
    ],
    ['an unknown route', get('/admin', asS1), 404, 'NO_SUCH_ROUTE'],
  ];

  it.each(batch)('answers %s with a 4xx and a JSON error', async (_kind, bytes, status, error) => {
    const reply = await rawRequest(port, bytes);
    expect(reply).toEqual({ status, body: expect.objectContaining({ error }) });
  });

  it('keeps serving after the whole batch, and signs only for a known student', async () => {
    await Promise.all(batch.map(([, bytes]) => rawRequest(port, bytes)));
    expect(server.listening).toBe(true);
    expect(await rawRequest(port, get('/classes/open-1', asS1))).toEqual({
      status: 200,
      body: expect.objectContaining({ classId: 'open-1' }),
    });
    expect(await rawRequest(port, get('/classes/open-1/credentials', asS1))).toEqual({
      status: 200,
      body: expect.objectContaining({ userId: 's1', userName: '小明' }),
    });
  });
});
