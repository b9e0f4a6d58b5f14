/**
 * `npm run dev:server` listens where it is told (HOST), so a phone on the LAN can reach it; on
 * 127.0.0.1 unless told. Only loopback addresses are used here.
 */
import * as http from 'http';
import { AddressInfo } from 'net';
import { runDevServer } from '../../devtools/server/runDevServer';

let server: http.Server | undefined;
afterEach(() => server?.close());

function get(host: string, port: number, route: string, student: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host, port, path: route, headers: { authorization: `Bearer ${student}` } }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('the dev server address', () => {
  it('listens on 127.0.0.1 unless told otherwise', async () => {
    const lines: string[] = [];
    server = await runDevServer({ PORT: '0', LESSON_STATE_FILE: ':memory:' }, (line) => lines.push(line));
    expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
  });

  it('listens on the address HOST names, says so, and answers there', async () => {
    const lines: string[] = [];
    server = await runDevServer({ PORT: '0', HOST: '127.0.0.2', LESSON_STATE_FILE: ':memory:' }, (line) => lines.push(line));
    const { address, port } = server.address() as AddressInfo;
    expect(address).toBe('127.0.0.2');
    expect(lines[0]).toMatch(new RegExp(`^lesson dev backend on http://127\\.0\\.0\\.2:${port} `));
    const answer = await get('127.0.0.2', port, '/classes/math-101', 's1');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ classId: 'math-101', title: '函数的单调性' });
  });
});
