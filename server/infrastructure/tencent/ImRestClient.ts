import { PublishError } from '../../application/ports/SignalPublisher';
import { ServerClock } from '../../application/ServerClock';
import { RestRateLimit } from './RestRateLimit';
import { UserSigner } from './userSigner';

export interface ImRestConfig {
  readonly sdkAppId: number;
  readonly signer: UserSigner;
  /** The App admin account (the IM console's default is `administrator`). */
  readonly adminId?: string;
  /** The region's REST domain; `https://console.tim.qq.com` for the Chinese mainland. */
  readonly baseUrl?: string;
  readonly clock: ServerClock;
  /** Per API; Tencent's default is 200 calls a second for the group APIs used here. */
  readonly callsPerSecond?: number;
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}

/** IM answers worth a second try later: its own faults and its rate limits (IM error codes). */
const RETRYABLE = new Set([10002, 10006, 10023, 60006, 70001]);
const ADMIN_SIG_SECONDS = 24 * 60 * 60;

export interface ImRestReply {
  readonly ActionStatus: string;
  readonly ErrorCode: number;
  readonly ErrorInfo?: string;
  readonly [field: string]: unknown;
}

/**
 * Tencent IM's server API as App admin: every call carries a UserSig of the admin account in
 * its query, made here from the app's secret and renewed an hour before it expires. A 70001
 * (the signature expired) renews it at once and tries once more.
 */
export class ImRestClient {
  private sig: { value: string; renewAt: number } | undefined;
  private readonly limits = new Map<string, RestRateLimit>();

  constructor(private readonly config: ImRestConfig) {}

  get clock(): ServerClock {
    return this.config.clock;
  }

  async call(api: string, body: Record<string, unknown>): Promise<ImRestReply> {
    const first = await this.once(api, body);
    if (first.ErrorCode !== 70001) return this.checked(first);
    this.sig = undefined;
    return this.checked(await this.once(api, body));
  }

  private checked(reply: ImRestReply): ImRestReply {
    if (reply.ActionStatus === 'OK' && reply.ErrorCode === 0) return reply;
    throw new PublishError(reply.ErrorCode, RETRYABLE.has(reply.ErrorCode), `IM ${reply.ErrorCode}: ${reply.ErrorInfo ?? ''}`);
  }

  private once(api: string, body: Record<string, unknown>): Promise<ImRestReply> {
    return this.limitOf(api).run(() => this.send(api, body));
  }

  private async send(api: string, body: Record<string, unknown>): Promise<ImRestReply> {
    const { sdkAppId, baseUrl = 'https://console.tim.qq.com', timeoutMs = 5_000 } = this.config;
    const query = new URLSearchParams({
      sdkappid: String(sdkAppId),
      identifier: this.adminId,
      usersig: this.adminSig(),
      random: String(Math.floor(Math.random() * 4294967296)),
      contenttype: 'json',
    });
    const doFetch = this.config.fetch ?? fetch;
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}/v4/${api}?${query}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new PublishError('NETWORK', true, `IM could not be reached: ${String(error)}`);
    }
    const text = await response.text().catch(() => '');
    if (!response.ok)
      throw new PublishError('NETWORK', response.status >= 500 || response.status === 429, `IM answered HTTP ${response.status}`);
    try {
      const reply = JSON.parse(text) as ImRestReply;
      if (typeof reply.ErrorCode !== 'number') throw new Error('no ErrorCode');
      return reply;
    } catch {
      throw new PublishError('NETWORK', true, 'IM answered something that is not its JSON');
    }
  }

  private get adminId(): string {
    return this.config.adminId ?? 'administrator';
  }

  private adminSig(): string {
    const now = this.config.clock.now();
    if (!this.sig || now >= this.sig.renewAt) {
      this.sig = { value: this.config.signer.sign(this.adminId, ADMIN_SIG_SECONDS), renewAt: now + (ADMIN_SIG_SECONDS - 3_600) * 1000 };
    }
    return this.sig.value;
  }

  private limitOf(api: string): RestRateLimit {
    let limit = this.limits.get(api);
    if (!limit) {
      limit = new RestRateLimit(this.config.callsPerSecond ?? 200, this.config.clock);
      this.limits.set(api, limit);
    }
    return limit;
  }
}
