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

const { EVENT, TYPES } = TIM;

type Handler = (event: TimEventArgs) => void;

/** An IM error as tim-wx-sdk rejects with it. */
const imError = (code: number, message: string) => Object.assign(new Error(message), { code });

/**
 * One client of a stand-in IM service, with the real SDK's constants and its documented
 * behaviour: SDK_READY after login, AVChatRoom auto-quit unless `unlimitedAVChatRoom`, images
 * only with the upload plugin, own messages not echoed back.
 */
export class StandInTim implements TimInstance {
  readonly joined = new Set<string>();
  readonly sent: TimMessage[] = [];
  /** Custom fields of each group's profile, as its managers last set them. */
  readonly groupFields: Record<string, Record<string, string>> = {};
  private readonly handlers = new Map<string, Set<Handler>>();
  private plugins: Record<string, unknown> = {};
  private userId: string | undefined;
  private ready = false;
  private nextId = 1;
  sdkReadyOnLogin = true;

  constructor(readonly options: TimCreateOptions, private readonly groups: Record<string, string>, private readonly clockSeconds: () => number) {}

  registerPlugin(plugins: Record<string, unknown>): void {
    this.plugins = { ...this.plugins, ...plugins };
  }

  async login(options: { userID: string; userSig: string }): Promise<TimResponse> {
    if (options.userSig !== `sig-${options.userID}`) throw imError(70003, 'userSig invalid');
    this.userId = options.userID;
    if (this.sdkReadyOnLogin) void Promise.resolve().then(() => this.becomeReady());
    return { code: 0, data: { repeatLogin: false } };
  }

  becomeReady(): void {
    this.ready = true;
    this.emit(EVENT.SDK_READY);
  }

  async logout(): Promise<TimResponse> {
    this.userId = undefined;
    this.ready = false;
    this.joined.clear();
    return { code: 0, data: {} };
  }

  async destroy(): Promise<void> {
    this.handlers.clear();
  }

  async joinGroup(options: { groupID: string }): Promise<TimResponse<{ status: string; group?: { memberNum?: unknown } }>> {
    if (!this.userId) throw imError(2024, 'not logged in');
    const type = this.groups[options.groupID];
    if (!type) throw imError(10015, 'invalid group id');
    if (type === TYPES.GRP_AVCHATROOM && !this.options.unlimitedAVChatRoom) {
      for (const groupId of [...this.joined]) if (this.groups[groupId] === TYPES.GRP_AVCHATROOM) this.joined.delete(groupId);
    }
    const status = this.joined.has(options.groupID) ? TYPES.JOIN_STATUS_ALREADY_IN_GROUP : TYPES.JOIN_STATUS_SUCCESS;
    this.joined.add(options.groupID);
    return { code: 0, data: { status: status as string, group: { memberNum: 12 } } };
  }

  async quitGroup(groupID: string): Promise<TimResponse> {
    this.joined.delete(groupID);
    return { code: 0, data: { groupID } };
  }

  /** As the SDK's getGroupProfile: a request to the service each time, custom fields only as the filter names them. */
  async getGroupProfile(options: { groupID: string; groupCustomFieldFilter?: string[] }): Promise<TimResponse<{ group: TimGroupProfile }>> {
    if (!this.ready) throw imError(2999, 'SDK not ready');
    if (!this.groups[options.groupID]) throw imError(10015, 'invalid group id');
    const all = this.groupFields[options.groupID] ?? {};
    const keys = (options.groupCustomFieldFilter ?? []).filter((key) => key in all);
    return { code: 0, data: { group: { groupID: options.groupID, groupCustomField: keys.map((key) => ({ key, value: all[key] })) } } };
  }

  createTextMessage(options: TimMessageOptions): TimMessage {
    return this.message(TYPES.MSG_TEXT as string, options);
  }

  createImageMessage(options: TimMessageOptions): TimMessage {
    return { ...this.message(TYPES.MSG_IMAGE as string, options), onProgress: options.onProgress } as TimMessage;
  }

  createCustomMessage(options: TimMessageOptions): TimMessage {
    return this.message(TYPES.MSG_CUSTOM as string, options);
  }

  async sendMessage(message: TimMessage): Promise<TimResponse<{ message: TimMessage }>> {
    if (!this.ready) throw imError(2999, 'SDK not ready');
    if (!this.joined.has(message.to)) throw imError(10007, 'not a member of the group');
    let stored = message;
    if (message.type === TYPES.MSG_IMAGE) {
      if (!this.plugins['tim-upload-plugin']) throw imError(2251, 'upload plugin not registered');
      const { onProgress } = message as TimMessage & { onProgress?: (fraction: number) => void };
      onProgress?.(0.5);
      onProgress?.(1);
      const name = String((message.payload.file as { tempFiles: { path: string }[] }).tempFiles[0].path.split('/').pop());
      stored = { ...message, payload: { imageInfoArray: [{ type: 0, url: `https://im.example/${name}?orig` }, { type: 1, url: `https://im.example/${name}` }] } };
    }
    this.sent.push(stored);
    return { code: 0, data: { message: stored } };
  }

  on(event: string, handler: Handler): void {
    if (!this.handlers.has(event)) this.handlers.set(event, new Set());
    this.handlers.get(event)!.add(handler);
  }

  off(event: string, handler: Handler): void {
    this.handlers.get(event)?.delete(handler);
  }

  /** The service delivers messages from others in the groups this client is in. */
  deliver(...messages: TimMessage[]): void {
    this.emit(EVENT.MESSAGE_RECEIVED, messages.filter((message) => this.joined.has(message.to)));
  }

  emit(name: string, data?: unknown): void {
    for (const handler of [...(this.handlers.get(name) ?? [])]) handler({ name, data });
  }

  private message(type: string, options: TimMessageOptions): TimMessage {
    const { to, conversationType, payload, priority } = options;
    return { ID: `${this.userId}-${this.nextId++}`, type, payload, to, conversationType, from: this.userId ?? '', time: this.clockSeconds(), priority } as TimMessage;
  }
}

/** A factory over the stand-in, remembering the instance the adapters created. */
export function standInTimFactory(groups: Record<string, string>, options: { readyOnLogin?: boolean; clockSeconds?: () => number } = {}) {
  const factory: TimFactory & { instance?: StandInTim } = {
    EVENT,
    TYPES,
    create: (createOptions) => {
      const tim = new StandInTim(createOptions, groups, options.clockSeconds ?? (() => 1_700_000_000));
      tim.sdkReadyOnLogin = options.readyOnLogin ?? true;
      return (factory.instance = tim);
    },
  };
  return factory;
}

let seq = 1;

/** A group message from someone else, as the SDK hands it over in MESSAGE_RECEIVED. */
export function incoming(from: string, to: string, type: string, payload: Record<string, unknown>, time = 1_700_000_000): TimMessage {
  return { ID: `in-${seq++}`, type, payload, to, from, conversationType: TYPES.CONV_GROUP as string, time };
}

export { EVENT, TYPES };
