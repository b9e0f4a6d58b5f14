import TIM = require('tim-wx-sdk');
import {
  TimCreateOptions,
  TimEventArgs,
  TimFactory,
  TimGroupProfile,
  TimInstance,
  TimMessage,
  TimMessageOptions,
  TimResponse,
} from '../../../../infrastructure/tim-wx/TimSdk';
import { OnlineMemberCount } from './OnlineMemberCount';
import { ERROR_CODE, incoming, outgoing, serviceImageInfo, systemNotice, timError, uploaded } from './timMessages';

const { EVENT, TYPES } = TIM;

type Handler = (event: TimEventArgs) => void;

/** The not-ready reason the SDK sets after each kind of kick (SignModule / StatusModule). */
const NOT_READY_AFTER_KICK: Record<string, number> = {
  [TYPES.KICKED_OUT_MULT_ACCOUNT]: ERROR_CODE.KICKED_OUT_MULT_ACCOUNT,
  [TYPES.KICKED_OUT_MULT_DEVICE]: ERROR_CODE.KICKED_OUT_MULT_DEVICE,
  [TYPES.KICKED_OUT_USERSIG_EXPIRED]: ERROR_CODE.KICKED_OUT_USERSIG_EXPIRED,
  [TYPES.KICKED_OUT_REST_API]: ERROR_CODE.KICKED_OUT_REST_API,
};

/** What the service knows beyond one client: group types and who is online. */
export interface StandInImWorld {
  /** Group types by id; a dismissed group is taken out. */
  readonly groups: Record<string, string>;
  readonly clockMs: () => number;
  readonly online: (groupId: string) => number;
  /** The messages a live group hands a member who joins (IM's history for new members, a console setting); none when absent. */
  readonly historyFor?: (groupId: string) => readonly TimMessage[];
  /** `group#user` pairs the group's managers banned or removed: their join is refused (10007). */
  readonly banned?: Set<string>;
}

/**
 * One client of a stand-in IM service. The messages, elements, validators and error objects are
 * tim-wx-sdk 2.27.6's own (realTimParts); the rest reproduces what its code does, line by line
 * where docs/tencent-adapters.md cites it: SDK_READY after the first login only, a repeated login
 * resolving `repeatLogin: true`, KICKED_OUT then SDK_NOT_READY with every group dropped, calls
 * before ready rejected, AlreadyInGroup without a group, AVChatRoom auto-quit unless
 * `unlimitedAVChatRoom`, the online count's throttle.
 */
export class StandInTim implements TimInstance {
  readonly joined = new Set<string>();
  readonly sent: TimMessage[] = [];
  /** Custom fields of each group's profile, as its managers last set them. */
  readonly groupFields: Record<string, Record<string, string>> = {};
  private readonly online: OnlineMemberCount;
  /** The world this client lives in, for tests that act as the service. */
  get service(): StandInImWorld {
    return this.world;
  }
  private readonly handlers = new Map<string, Set<Handler>>();
  private plugins: Record<string, unknown> = {};
  private userId: string | undefined;
  private ready = false;
  private notReadyReason = ERROR_CODE.USER_NOT_LOGGED_IN;
  sdkReadyOnLogin = true;

  constructor(
    readonly options: TimCreateOptions,
    private readonly world: StandInImWorld,
  ) {
    this.online = new OnlineMemberCount(world.clockMs, world.online);
  }

  registerPlugin(plugins: Record<string, unknown>): void {
    this.plugins = { ...this.plugins, ...plugins };
  }

  /** SignModule.login: logged in already → resolves with repeatLogin and fires nothing. */
  async login(options: { userID: string; userSig: string }): Promise<TimResponse> {
    if (this.userId) return { code: 0, data: { actionStatus: 'OK', errorCode: 0, repeatLogin: true } };
    if (options.userSig !== `sig-${options.userID}`) throw timError(70003, 'userSig invalid');
    this.userId = options.userID;
    if (this.sdkReadyOnLogin) void Promise.resolve().then(() => this.becomeReady());
    return { code: 0, data: { actionStatus: 'OK', errorCode: 0 } };
  }

  becomeReady(): void {
    this.ready = true;
    this.emit(EVENT.SDK_READY);
  }

  async logout(): Promise<TimResponse> {
    this.reset(ERROR_CODE.USER_NOT_LOGGED_IN);
    return { code: 0, data: {} };
  }

  async destroy(): Promise<void> {
    this.handlers.clear();
  }

  /** The service logs this client out: KICKED_OUT, then the SDK resets (SDK_NOT_READY, groups gone). */
  kick(type: string | number): void {
    this.emit(EVENT.KICKED_OUT, { type });
    this.reset(NOT_READY_AFTER_KICK[String(type)] ?? ERROR_CODE.KICKED_OUT_MULT_ACCOUNT);
  }

  /**
   * The service takes a group from this member (IM's operationType: 4 kicked, 5 dismissed,
   * 11 recycled, 21 banned from a live group): the SDK drops the group, then emits the notice.
   */
  loseGroup(groupId: string, operationType: 4 | 5 | 11 | 21): void {
    if (!this.joined.delete(groupId)) return;
    if (operationType === 21) this.world.banned?.add(`${groupId}#${this.userId}`);
    if (operationType === 5 || operationType === 11) delete this.world.groups[groupId];
    this.emit(EVENT.MESSAGE_RECEIVED, [systemNotice(groupId, operationType, this.userId)]);
  }

  async joinGroup(options: { groupID: string }): Promise<TimResponse<{ status: string; group?: { memberCount?: unknown } }>> {
    if (!this.userId) throw timError(ERROR_CODE.USER_NOT_LOGGED_IN);
    const type = this.world.groups[options.groupID];
    if (!type) throw timError(10015, 'invalid group id');
    if (this.world.banned?.has(`${options.groupID}#${this.userId}`)) throw timError(10007, 'banned from the group');
    if (this.joined.has(options.groupID)) return { code: 0, data: { status: TYPES.JOIN_STATUS_ALREADY_IN_GROUP as string } };
    if (type === TYPES.GRP_AVCHATROOM && !this.options.unlimitedAVChatRoom) {
      for (const groupId of [...this.joined]) if (this.world.groups[groupId] === TYPES.GRP_AVCHATROOM) this.joined.delete(groupId);
    }
    this.joined.add(options.groupID);
    const group = { groupID: options.groupID, type, memberCount: this.world.online(options.groupID) };
    // GroupModule._handleJoinResult: the join's RspMsgList is emitted as one MESSAGE_RECEIVED batch
    // once the run loop starts, a few microtasks before joinGroup resolves; the messages carry no mark.
    const history = type === TYPES.GRP_AVCHATROOM ? [...(this.world.historyFor?.(options.groupID) ?? [])] : [];
    if (history.length > 0) {
      await Promise.resolve();
      this.emit(EVENT.MESSAGE_RECEIVED, history);
    }
    return { code: 0, data: { status: TYPES.JOIN_STATUS_SUCCESS as string, group } };
  }

  async quitGroup(groupID: string): Promise<TimResponse> {
    this.joined.delete(groupID);
    this.online.forget(groupID);
    return { code: 0, data: { groupID } };
  }

  async getGroupOnlineMemberCount(groupID: string): Promise<TimResponse<{ memberCount: number }>> {
    const live = this.joined.has(groupID) && this.world.groups[groupID] === TYPES.GRP_AVCHATROOM;
    return { code: 0, data: { memberCount: live ? this.online.read(groupID) : 0 } };
  }

  /** As the SDK's getGroupProfile: a request to the service each time, custom fields only as the filter names them. */
  async getGroupProfile(options: { groupID: string; groupCustomFieldFilter?: string[] }): Promise<TimResponse<{ group: TimGroupProfile }>> {
    this.throwIfNotReady();
    if (!this.world.groups[options.groupID]) throw timError(10015, 'invalid group id');
    const all = this.groupFields[options.groupID] ?? {};
    const keys = (options.groupCustomFieldFilter ?? []).filter((key) => key in all);
    return { code: 0, data: { group: { groupID: options.groupID, groupCustomField: keys.map((key) => ({ key, value: all[key] })) } } };
  }

  createTextMessage(options: TimMessageOptions): TimMessage {
    return this.create('createTextMessage', options);
  }

  createImageMessage(options: TimMessageOptions): TimMessage {
    return this.create('createImageMessage', options);
  }

  createCustomMessage(options: TimMessageOptions): TimMessage {
    return this.create('createCustomMessage', options);
  }

  async sendMessage(message: TimMessage): Promise<TimResponse<{ message: TimMessage }>> {
    this.throwIfNotReady();
    if (!this.joined.has(message.to)) throw timError(10007, 'not a member of the group');
    if (message.type === TYPES.MSG_IMAGE) {
      if (!this.plugins['tim-upload-plugin']) throw timError(ERROR_CODE.COS_UNDETECTED, 'upload plugin not registered');
      uploaded(message, this.progress.get(message));
    }
    this.numbered(message);
    this.sent.push(message);
    return { code: 0, data: { message } };
  }

  on(event: string, handler: Handler): void {
    if (!this.handlers.has(event)) this.handlers.set(event, new Set());
    this.handlers.get(event)!.add(handler);
  }

  off(event: string, handler: Handler): void {
    this.handlers.get(event)?.delete(handler);
  }

  /** The service delivers messages from others in the groups this client is in; tips refresh the online count as the SDK's do. */
  deliver(...messages: TimMessage[]): void {
    const mine = messages.filter((message) => this.joined.has(message.to));
    for (const message of mine) this.numbered(message);
    for (const message of mine) if (message.type === TYPES.MSG_GRP_TIP) this.online.tipArrived(message.to);
    this.emit(EVENT.MESSAGE_RECEIVED, mine);
  }

  /** The service numbers each group's messages (`sequence`, 0 on a message not yet sent); a test may give its own number to leave a hole. */
  private numbered(message: TimMessage): void {
    const given = message.sequence ?? 0;
    const next = given > 0 ? given : (this.sequences.get(message.to) ?? 0) + 1;
    (message as { sequence?: number }).sequence = next;
    this.sequences.set(message.to, Math.max(next, this.sequences.get(message.to) ?? 0));
  }

  private readonly sequences = new Map<string, number>();

  emit(name: string, data?: unknown): void {
    for (const handler of [...(this.handlers.get(name) ?? [])]) handler({ name, data });
  }

  private readonly progress = new WeakMap<TimMessage, (fraction: number) => void>();

  /** The public API's order (TIM.create's wrapper): not ready → a rejected promise, not a message; then the validator throws. */
  private create(api: 'createTextMessage' | 'createCustomMessage' | 'createImageMessage', options: TimMessageOptions): TimMessage {
    if (!this.ready) return Promise.reject(timError(this.notReadyReason)) as unknown as TimMessage;
    const message = outgoing(api, options, this.userId ?? '', Math.floor(this.world.clockMs() / 1000));
    if (options.onProgress) this.progress.set(message, options.onProgress);
    return message;
  }

  private throwIfNotReady(): void {
    if (!this.ready) throw timError(this.notReadyReason);
  }

  private reset(reason: number): void {
    this.userId = undefined;
    this.notReadyReason = reason;
    this.joined.clear();
    if (!this.ready) return;
    this.ready = false;
    this.emit(EVENT.SDK_NOT_READY);
  }
}

/** A factory over the stand-in, remembering the instance the adapters created. */
export function standInTimFactory(
  groups: Record<string, string>,
  options: {
    readyOnLogin?: boolean;
    clockSeconds?: () => number;
    clockMs?: () => number;
    online?: (groupId: string) => number;
    historyFor?: (groupId: string) => readonly TimMessage[];
    banned?: Iterable<string>;
  } = {},
) {
  const clockSeconds = options.clockSeconds ?? (() => 1_700_000_000);
  const world: StandInImWorld = {
    groups,
    clockMs: options.clockMs ?? (() => clockSeconds() * 1000),
    online: options.online ?? (() => 12),
    historyFor: options.historyFor,
    banned: new Set<string>(options.banned ?? []),
  };
  const factory: TimFactory & { instance?: StandInTim } = {
    EVENT,
    TYPES,
    create: (createOptions) => {
      const tim = new StandInTim(createOptions, world);
      tim.sdkReadyOnLogin = options.readyOnLogin ?? true;
      return (factory.instance = tim);
    },
  };
  return factory;
}

export { EVENT, TYPES, incoming, serviceImageInfo };
