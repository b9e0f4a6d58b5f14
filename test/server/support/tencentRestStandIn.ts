import * as crypto from 'crypto';
import * as http from 'http';
import { AddressInfo } from 'net';
import { checkTc3 } from './tc3Check';
import { checkUserSig } from './userSigs';
import { GroupAdminStandIn } from './groupAdminStandIn';

export interface StandInGroup {
  /** AVChatRoom offers bans; a Public group only deletion (the older, narrower documented rule). */
  readonly type: 'AVChatRoom' | 'Public';
  readonly members: Set<string>;
  readonly banned: Set<string>;
  /** As create_group made it; a group the stand-in starts with has none. */
  owner?: string;
  name?: string;
  admins?: Set<string>;
}

export interface TakenMessage {
  readonly groupId: string;
  readonly from: string;
  readonly random: number;
  readonly priority: string;
  readonly data: string;
  readonly desc: string;
  readonly ext: string;
  /** When IM took it, by the stand-in's clock. */
  readonly at: number;
}

export interface StandInOptions {
  readonly sdkAppId: number;
  readonly secretKey: string;
  readonly adminId: string;
  readonly cloudKey: { secretId: string; secretKey: string };
  readonly groups: Record<string, StandInGroup['type']>;
  readonly now?: () => number;
}

const IM_PER_SECOND = 200;
const TRTC_PER_SECOND = 20;
const DEDUPE_MS = 5 * 60_000;
/** A group's messages a second; past it the service discards, lowest priority first (Tencent IM's group limits). */
const GROUP_MESSAGES_PER_SECOND = 40;
/** IM's cap on one message's body. */
const MAX_MESSAGE_BYTES = 12 * 1024;

/**
 * Tencent's IM REST API (`/v4/group_open_http_svc/…`) and TRTC's Cloud API (`POST /`) on loopback,
 * refusing what the services document they refuse: a UserSig that is not the admin's, forged or
 * expired; a missing `random`; a rate past the API's limit; an unknown group; a body too large;
 * a TC3 signature that does not verify or is over 5 minutes old. What differs: error codes the
 * documents leave open are chosen here (see docs/go-live.md), and accounts are not checked.
 */
export class TencentRestStandIn {
  /** What the group's members receive. */
  readonly messages: TakenMessage[] = [];
  /**
   * What the service took but discarded past the group's 40 a second: a message below High, or
   * a High one once 40 High ones went that second. The send's answer does not say (the REST API
   * documents none for it), so the stand-in answers OK, as it does for a kept one.
   */
  readonly discarded: TakenMessage[] = [];
  readonly groups = new Map<string, StandInGroup>();
  readonly rooms = new Map<string, Set<string>>();
  /** The groups' administration: accounts, creation, a live group's admins. */
  readonly groupAdmin = new GroupAdminStandIn(this.groups);
  /** Every call as it arrived: the API and the error code answered (0 for success). */
  readonly calls: { api: string; at: number; code: number | string }[] = [];
  /** While false, connections are cut before any answer (the network between the two is down). */
  up = true;
  private readonly server: http.Server;
  private readonly taken = new Map<string, number>();
  private readonly now: () => number;
  private ahead = 0;
  url = '';

  constructor(private readonly options: StandInOptions) {
    const base = options.now ?? Date.now;
    this.now = () => base() + this.ahead;
    for (const [id, type] of Object.entries(options.groups)) this.groups.set(id, { type, members: new Set(), banned: new Set() });
    this.server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        if (!this.up) return void request.socket.destroy();
        const body = Buffer.concat(chunks).toString('utf8');
        const answer = request.url?.startsWith('/v4/') ? this.im(request, body) : this.trtc(request, body);
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify(answer));
      });
    });
  }

  /** The service's clock runs `ms` ahead of the server's (a signature expires sooner than the server thinks). */
  clockAhead(ms: number): void {
    this.ahead = ms;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** The most calls of one API that started within any one second. */
  busiestSecond(api: string): number {
    const times = this.calls.filter((call) => call.api === api).map((call) => call.at);
    return Math.max(0, ...times.map((at) => times.filter((other) => other >= at && other - at < 1_000).length));
  }

  private note(api: string, code: number | string) {
    this.calls.push({ api, at: this.now(), code });
  }

  /** Past 40 in the last second, only a High message is kept, and only while fewer than 40 High ones went in it. */
  private keeps(groupId: string, priority: string): boolean {
    const at = this.now();
    const lastSecond = this.messages.filter((message) => message.groupId === groupId && at - message.at < 1_000);
    if (lastSecond.length < GROUP_MESSAGES_PER_SECOND) return true;
    const high = lastSecond.filter((message) => message.priority === 'High').length;
    return priority === 'High' && high < GROUP_MESSAGES_PER_SECOND;
  }

  private overRate(api: string, perSecond: number): boolean {
    const at = this.now();
    return this.calls.filter((call) => call.api === api && at - call.at < 1_000).length >= perSecond;
  }

  private im(request: http.IncomingMessage, text: string) {
    const url = new URL(request.url ?? '/', 'http://stand-in');
    const api = url.pathname.replace(/^\/v4\//, '');
    const refuse = (code: number, info: string) => (this.note(api, code), { ActionStatus: 'FAIL', ErrorCode: code, ErrorInfo: info });
    const q = url.searchParams;
    if (this.overRate(api, IM_PER_SECOND)) return refuse(60006, 'SDKAppID request rate over its limit');
    if (q.get('contenttype') !== 'json' || !/^\d+$/.test(q.get('random') ?? '') || Number(q.get('random')) > 4294967295)
      return refuse(60010, 'random and contenttype=json are required');
    if (Number(q.get('sdkappid')) !== this.options.sdkAppId) return refuse(70003, 'unknown SDKAppID');
    const sig = checkUserSig(q.get('usersig') ?? '', {
      userId: q.get('identifier') ?? '',
      sdkAppId: this.options.sdkAppId,
      secretKey: this.options.secretKey,
      nowMs: this.now(),
    });
    if (sig === 'invalid') return refuse(70003, 'UserSig invalid');
    if (sig === 'expired') return refuse(70001, 'UserSig expired');
    if (q.get('identifier') !== this.options.adminId) return refuse(60011, 'only the App admin may call this API');
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return refuse(60012, 'the body is not JSON');
    }
    const ok = () => (this.note(api, 0), { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
    const administered = this.groupAdmin.answer(api, body, ok, refuse);
    if (administered) return administered;
    const group = this.groups.get(String(body.GroupId));
    if (!group) return refuse(10010, 'the group does not exist');
    const admins = this.groupAdmin.admins(api, group, body, ok, refuse);
    if (admins) return admins;
    if (api === 'group_open_http_svc/send_group_msg') {
      const random = body.Random;
      const element = Array.isArray(body.MsgBody)
        ? (body.MsgBody[0] as { MsgType?: string; MsgContent?: Record<string, string> })
        : undefined;
      if (typeof random !== 'number' || !Number.isInteger(random) || random < 0 || random > 4294967295) return refuse(10004, 'Random');
      if (!['High', 'Normal', 'Low', 'Lowest', undefined].includes(body.MsgPriority as string)) return refuse(10004, 'MsgPriority');
      if (typeof body.From_Account !== 'string' || !element?.MsgContent) return refuse(10004, 'From_Account and MsgBody');
      if (Buffer.byteLength(JSON.stringify(body.MsgBody)) > MAX_MESSAGE_BYTES) return refuse(80002, 'message too long');
      if (group.banned.has(body.From_Account)) return refuse(10007, 'the sender is banned');
      const key = `${String(body.GroupId)}#${random}`;
      const at = this.taken.get(key);
      if (at === undefined || this.now() - at >= DEDUPE_MS) {
        this.taken.set(key, this.now());
        const { Data = '', Desc = '', Ext = '' } = element.MsgContent;
        const priority = String(body.MsgPriority ?? 'Normal');
        (this.keeps(String(body.GroupId), priority) ? this.messages : this.discarded).push({
          groupId: String(body.GroupId),
          from: body.From_Account,
          random,
          priority: String(body.MsgPriority ?? 'Normal'),
          data: Data,
          desc: Desc,
          ext: Ext,
          at: this.now(),
        });
      }
      return { ...ok(), MsgTime: Math.floor(this.now() / 1000), MsgSeq: this.messages.length };
    }
    const accounts = (api.endsWith('ban_group_member') ? body.Members_Account : body.MemberToDel_Account) as unknown;
    if (!Array.isArray(accounts) || accounts.length === 0 || accounts.length > 20) return refuse(10004, 'accounts');
    if (api === 'group_open_http_svc/ban_group_member') {
      if (group.type !== 'AVChatRoom') return refuse(10004, 'bans are for audio-video groups');
      for (const id of accounts as string[]) {
        group.members.delete(id);
        group.banned.add(id);
      }
      return ok();
    }
    if (api === 'group_open_http_svc/delete_group_member') {
      if (group.type === 'AVChatRoom') return refuse(10004, 'audio-video groups cannot delete members');
      for (const id of accounts as string[]) group.members.delete(id);
      return ok();
    }
    return refuse(60020, 'no such API');
  }

  private trtc(request: http.IncomingMessage, text: string) {
    const action = String(request.headers['x-tc-action'] ?? '');
    const refuse = (code: string) => (
      this.note(action, code),
      { Response: { Error: { Code: code, Message: code }, RequestId: crypto.randomUUID() } }
    );
    if (this.overRate(action, TRTC_PER_SECOND)) return refuse('RequestLimitExceeded');
    const check = checkTc3(request, text, this.options.cloudKey, this.now());
    if (check) return refuse(check);
    const body = JSON.parse(text) as { SdkAppId?: unknown; RoomId?: unknown; UserIds?: unknown };
    if (body.SdkAppId !== this.options.sdkAppId) return refuse('InvalidParameter.SdkAppId');
    const roomIdOk = action === 'RemoveUser' ? Number.isInteger(body.RoomId) : typeof body.RoomId === 'string';
    if (!['RemoveUser', 'RemoveUserByStrRoomId'].includes(action)) return refuse('InvalidAction');
    if (!roomIdOk || !Array.isArray(body.UserIds) || body.UserIds.length === 0 || body.UserIds.length > 10)
      return refuse('InvalidParameter');
    const room = this.rooms.get(String(body.RoomId));
    for (const id of body.UserIds as string[]) room?.delete(id);
    this.note(action, 0);
    return { Response: { RequestId: crypto.randomUUID() } };
  }
}
