import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { InvitationAnswer, StaffServer, Stored } from '../application/ports';
import { StaffError, StaffErrorCode } from '../application/StaffError';

/** The part of the Fetch API the kit uses (a page's fetch, Node's, or a stand-in). */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal },
) => Promise<{ status: number; text(): Promise<string> }>;

export interface FetchStaffServerOptions {
  /** The school server's API base, e.g. `https://school.example/api`. */
  readonly base: string;
  readonly classId: string;
  /** The staff token the school's backend issued (docs/backend-api.md, "Staff tokens"); read on every request. */
  readonly staffToken: () => string;
  readonly fetch?: FetchLike;
  readonly timeoutMs?: number;
}

const KNOWN: ReadonlySet<string> = new Set([
  'BAD_FIELDS',
  'NOT_STAFF',
  'AUTH',
  'CLASS_NOT_FOUND',
  'CLASS_OVER',
  'UNKNOWN_COMMAND',
  'STORE_FAILED',
]);

/** The school server's staff routes over HTTP (docs/backend-api.md). */
export class FetchStaffServer implements StaffServer {
  constructor(private readonly options: FetchStaffServerOptions) {}

  async command(command: TeacherCommand, requestId: string): Promise<Stored> {
    const body = (await this.call('POST', 'commands', { ...command, requestId })) as Stored;
    return { seq: body.seq, rev: body.rev };
  }

  state(since?: number): Promise<unknown> {
    return this.call('GET', `state${since === undefined ? '' : `?since=${since}`}`);
  }

  async tally(questionId: string) {
    const body = (await this.call('GET', `tally?question=${encodeURIComponent(questionId)}`)) as { counts: number[]; answered: number };
    return { counts: body.counts, answered: body.answered };
  }

  async checkedIn(checkInId: string): Promise<readonly string[]> {
    return ((await this.call('GET', `tally?checkIn=${encodeURIComponent(checkInId)}`)) as { checkedIn: string[] }).checkedIn;
  }

  async invitationAnswers(after: number) {
    const body = (await this.call('GET', `invitation-answers?after=${after}`)) as { cursor: number; answers: InvitationAnswer[] };
    return { cursor: body.cursor, answers: body.answers };
  }

  private async call(method: 'GET' | 'POST', route: string, body?: unknown): Promise<unknown> {
    const { base, classId, staffToken, timeoutMs = 10_000 } = this.options;
    const fetchFn = this.options.fetch ?? (globalThis.fetch as unknown as FetchLike | undefined);
    if (!fetchFn) throw new StaffError('NETWORK', 'no fetch in this runtime: pass `fetch` in the options');
    const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
    const timer = setTimeout(() => controller?.abort(), timeoutMs);
    let status: number;
    let text: string;
    try {
      const response = await fetchFn(`${base}/classes/${encodeURIComponent(classId)}/${route}`, {
        method,
        headers: { Authorization: `Bearer ${staffToken()}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller?.signal,
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      const aborted = controller?.signal.aborted;
      throw new StaffError(aborted ? 'TIMEOUT' : 'NETWORK', aborted ? `no answer in ${timeoutMs} ms` : String(error));
    } finally {
      clearTimeout(timer);
    }
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (status >= 200 && status < 300 && parsed !== undefined) return parsed;
    const code = (parsed as { error?: unknown } | undefined)?.error;
    throw new StaffError(
      typeof code === 'string' && KNOWN.has(code) ? (code as StaffErrorCode) : status >= 500 ? 'STORE_FAILED' : 'UNKNOWN',
      `the school server answered ${status}${typeof code === 'string' ? ` ${code}` : ''}`,
    );
  }
}
