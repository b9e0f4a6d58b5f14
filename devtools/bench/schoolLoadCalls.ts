import * as http from 'http';

/** The load run's HTTP client and its small sums (devtools/bench/schoolLoad.ts). */
export const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

export interface Answer {
  status: number;
  bytes: number;
  ms: number;
  body: string;
  etag?: string;
}

export function call(url: string, method: string, token: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const started = performance.now();
  const text = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method, agent, headers: { Authorization: `Bearer ${token}`, ...(text ? { 'Content-Type': 'application/json' } : {}), ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const all = Buffer.concat(chunks);
          resolve({
            status: response.statusCode ?? 0,
            bytes: all.length,
            ms: performance.now() - started,
            body: response.headers['content-encoding'] ? '' : all.toString('utf8'),
            etag: response.headers.etag,
          });
        });
      },
    );
    request.on('error', reject);
    request.end(text);
  });
}

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10;
};

export const seqOf = (message: { data: string }) => (JSON.parse(message.data) as { seq: number }).seq;
export const lagOf = (messages: readonly { data: string; at: number }[], sentAt: ReadonlyMap<number, number>) =>
  messages.map((message) => message.at - (sentAt.get(seqOf(message)) ?? message.at));

export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

export async function inBatches<T>(items: readonly T[], width: number, each: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += width) await Promise.all(items.slice(i, i + width).map(each));
}
