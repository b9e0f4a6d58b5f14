import * as http from 'http';
import { AddressInfo } from 'net';
import { PortError } from '../../../application/ports/PortError';
import { HttpClassroomBackend } from '../../../infrastructure/shared/http/HttpClassroomBackend';
import { loadCatalog } from '../../../devtools/server/classCatalog';
import { createDevServer, SIGNING_UNAVAILABLE, Signing, signingFromEnv } from '../../../devtools/server/devServer';
import { runDevServer } from '../../../devtools/server/runDevServer';
import { SchoolRoomKeys } from '../../../infrastructure/tic/SchoolRoomKeys';
import { nodeRequest } from './support/nodeRequest';
import { readUserSig as readSig } from '../../server/support/userSigs';

const catalog = loadCatalog('devtools/server/classes.example.json');
const NOW = 1_800_000_000_000;

async function started(signing?: Signing) {
  const server = createDevServer({ catalog, signing, now: () => NOW, sigLifetimeSeconds: 3600 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const backendFor = (userId: string) => new HttpClassroomBackend(nodeRequest, { baseUrl, sessionToken: () => userId });
  return { server, baseUrl, backendFor, close: () => new Promise((resolve) => server.close(resolve)) };
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: PortError) => error.code,
  );

describe('the development backend', () => {
  it('answers class info by the contract even without a Tencent account, and says why it cannot sign', async () => {
    const dev = await started();
    try {
      await expect(dev.backendFor('s1').classInfo('math-101')).resolves.toMatchObject({
        classId: 'math-101',
        roomId: '1001',
        teacher: { userId: 't1' },
      });
      await expect(codeOf(dev.backendFor('s1').credentials('math-101'))).resolves.toBe('UNKNOWN');
      const body = await new Promise<string>((resolve) =>
        http.get(`${dev.baseUrl}/classes/math-101/credentials`, { headers: { Authorization: 'Bearer s1' } }, (response) => {
          let text = '';
          response.on('data', (chunk) => (text += chunk));
          response.on('end', () => resolve(text));
        }),
      );
      expect(JSON.parse(body)).toEqual({ error: 'SIGNING_UNAVAILABLE', message: SIGNING_UNAVAILABLE });
    } finally {
      await dev.close();
    }
  });

  it('signs a UserSig for the student with the account from the environment', async () => {
    const signing = signingFromEnv({ TENCENT_SDK_APP_ID: '1400000001', TENCENT_SECRET_KEY: 'not-a-real-key' });
    const dev = await started(signing);
    try {
      const credentials = await dev.backendFor('s2').credentials('math-101');
      expect(credentials).toMatchObject({ sdkAppId: 1400000001, userId: 's2', userName: '小红', expiresAt: NOW + 3_600_000 });
      expect(readSig(credentials.userSig)).toMatchObject({ 'TLS.identifier': 's2', 'TLS.sdkappid': 1400000001, 'TLS.expire': 3600 });
    } finally {
      await dev.close();
    }
  });

  it("signs webrtc-room's room key (TIC) for the student and the class's room, and refuses a student not enrolled", async () => {
    const signing = signingFromEnv({ TENCENT_SDK_APP_ID: '1400000001', TENCENT_SECRET_KEY: 'not-a-real-key' });
    const dev = await started(signing);
    try {
      const keysFor = (userId: string) => new SchoolRoomKeys(nodeRequest, { baseUrl: dev.baseUrl, sessionToken: () => userId });
      const keys = keysFor('s1');
      const info = await dev.backendFor('s1').classInfo('math-101');
      keys.learn(info);
      const ticket = { sdkAppId: 1400000001, roomId: info.roomId, userId: 's1', userSig: 'sig' };
      const key = readSig(await keys.keyFor(ticket));
      expect(key).toMatchObject({ 'TLS.identifier': 's1', 'TLS.sdkappid': 1400000001, 'TLS.expire': 3600 });
      // The room travels in the signed user buffer, after its version, the account and the SDKAppID (big-endian).
      const userbuf = Buffer.from(String(key['TLS.userbuf']), 'base64');
      expect(userbuf.readUInt32BE(1 + 2 + 's1'.length + 4)).toBe(1001);
      const stranger = keysFor('stranger');
      stranger.learn(info);
      await expect(codeOf(stranger.keyFor({ ...ticket, userId: 'stranger' }))).resolves.toBe('AUTH');
    } finally {
      await dev.close();
    }
  });

  it('refuses as the production backend would', async () => {
    const dev = await started();
    try {
      await expect(codeOf(dev.backendFor('s1').classInfo('nope'))).resolves.toBe('CLASS_NOT_FOUND');
      await expect(codeOf(dev.backendFor('s1').classInfo('math-100'))).resolves.toBe('CLASS_OVER');
      await expect(codeOf(dev.backendFor('stranger').classInfo('math-101'))).resolves.toBe('AUTH');
    } finally {
      await dev.close();
    }
  });

  it('needs both variables to sign', () => {
    expect(signingFromEnv({ TENCENT_SDK_APP_ID: '1400000001' })).toBeUndefined();
    expect(signingFromEnv({ TENCENT_SECRET_KEY: 'k' })).toBeUndefined();
  });

  it('starts from the environment and explains that signing is off', async () => {
    const lines: string[] = [];
    const server = await runDevServer({ PORT: '0', LESSON_STATE_FILE: ':memory:' }, (line) => lines.push(line));
    server.close();
    expect(lines[0]).toMatch(/^lesson dev backend on http:\/\/127\.0\.0\.1:\d+ /);
    expect(lines[1]).toBe(SIGNING_UNAVAILABLE);
  });
});
