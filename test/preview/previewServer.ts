import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';

const REPO = path.resolve(__dirname, '../..');

export interface RunningPreview {
  readonly url: string;
  readonly process: ChildProcess;
  /** Sends the signal and resolves with the exit code. */
  stop(signal: NodeJS.Signals): Promise<number | null>;
}

/** Starts `devtools/preview/server.js` (what `npm start -- args` runs) on a free port; resolves once it prints its URL. */
export function startPreviewServer(timeoutMs: number, args: readonly string[] = []): Promise<RunningPreview> {
  const child = spawn(process.execPath, [path.join(REPO, 'devtools/preview/server.js'), ...args], {
    cwd: REPO,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop('SIGKILL');
      reject(new Error(`preview server printed no URL within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /preview: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (!found) return;
      clearTimeout(timer);
      resolve({ url: found[1], process: child, stop });
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`preview server exited with ${code} before serving:\n${output}`));
    });
  });
}
