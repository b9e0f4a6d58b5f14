import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO } from './builtLessonPage';

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** CPU seconds the process has used so far (user + system, from /proc). */
  cpuSeconds(): number;
  /** SIGKILL: the process dies as in a crash, with no chance to finish anything. */
  crash(): Promise<void>;
  stop(): Promise<void>;
}

/** `npm run dev:server` as its own process, started the way a school starts it; resolves once it listens. */
export function startSchoolServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [path.join(REPO, 'scripts', 'run-ts.js'), 'devtools/server/startDevServer.ts'], {
    cwd: REPO,
    env: { ...process.env, ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`the school server exited (${code}) before it listened`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const port = /lesson dev backend on http:\/\/[^:]+:(\d+)/.exec(out)?.[1];
      if (!port || !child.pid) return;
      const pid = child.pid;
      child.stdout?.removeAllListeners('data');
      child.stdout?.resume();
      resolve({
        url: `http://127.0.0.1:${port}`,
        child,
        cpuSeconds: () => {
          const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
          return (Number(fields[11]) + Number(fields[12])) / 100;
        },
        crash: async () => {
          child.kill('SIGKILL');
          await ended;
        },
        stop: async () => {
          child.kill('SIGTERM');
          await ended;
        },
      });
    });
  });
}
