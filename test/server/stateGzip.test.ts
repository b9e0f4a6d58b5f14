import * as http from 'http';
import { AddressInfo } from 'net';
import * as zlib from 'zlib';
import { createDevServer } from '../../devtools/server/devServer';
import { catalogDirectory } from '../../devtools/server/catalogSchool';
import { StaffTokens } from '../../devtools/server/staffTokens';
import { SchoolServerCore } from '../../server/application/SchoolServerCore';
import { MemoryClassStore } from '../../server/infrastructure/memory/MemoryClassStore';

const students = Array.from({ length: 300 }, (_, i) => `student-${String(i).padStart(4, '0')}`);
const catalog = {
  students: new Map(students.map((id) => [id, id])),
  classes: [
    { classId: 'big', teacher: { userId: 't1' }, assistants: [], trtcRoomId: 9, chatGroupId: 'big-chat', signalGroupId: 'big-signal' },
  ],
};

function get(port: number, headers: Record<string, string>): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get({ port, path: '/classes/big/state', headers: { Authorization: `Bearer ${students[0]}`, ...headers } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe("a big class's state on the wire", () => {
  it('is gzipped for a client that takes gzip, and the same state for one that does not', async () => {
    const core = new SchoolServerCore({
      directory: catalogDirectory(catalog),
      store: new MemoryClassStore(),
      publisher: { publish: async () => undefined },
      removal: { remove: async () => undefined },
      clock: { now: () => 0, delay: async () => undefined },
      log: { info: () => undefined, warn: () => undefined },
    });
    for (const id of students) await core.hand.execute('big', id, true);
    const server = createDevServer({ catalog, school: { core, tokens: new StaffTokens(Buffer.alloc(32, 7)) } });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const plain = await get(port, {});
      const zipped = await get(port, { 'Accept-Encoding': 'gzip, deflate' });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
      expect(zlib.gunzipSync(zipped.body).toString('utf8')).toBe(plain.body.toString('utf8'));
      expect((JSON.parse(plain.body.toString('utf8')) as { hands: string[] }).hands).toHaveLength(300);
    } finally {
      server.close();
      await core.stop();
    }
  });
});
