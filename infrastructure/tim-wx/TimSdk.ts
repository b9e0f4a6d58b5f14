/**
 * The part of the tim-wx-sdk instance the adapters use, typed here because the package ships
 * no types. Shapes follow tim-wx-sdk 2.27.6 (node_modules/tim-wx-sdk/tim-wx.js).
 */
export interface TimMessage {
  readonly ID: string;
  readonly type: string;
  readonly payload: Record<string, unknown>;
  readonly conversationType: string;
  readonly to: string;
  readonly from: string;
  readonly time: number;
  /** The group's own numbering of its messages, tips included. */
  readonly sequence?: number;
}

export interface TimEventArgs {
  readonly name: string;
  readonly data?: unknown;
}

export interface TimResponse<T = Record<string, unknown>> {
  readonly code?: number;
  readonly data: T;
}

export interface TimMessageOptions {
  readonly to: string;
  readonly conversationType: string;
  readonly payload: Record<string, unknown>;
  readonly priority?: string;
  readonly onProgress?: (fraction: number) => void;
}

/** The part of a tim-wx-sdk `Group` the adapters read. */
export interface TimGroupProfile {
  readonly groupID: string;
  readonly groupCustomField?: readonly { readonly key: string; readonly value: string }[];
  readonly memberCount?: unknown;
}

export interface TimInstance {
  registerPlugin(plugins: Record<string, unknown>): void;
  login(options: { userID: string; userSig: string }): Promise<TimResponse>;
  logout(): Promise<TimResponse>;
  destroy(): Promise<unknown> | void;
  /** `AlreadyInGroup` carries no group; a group profile counts members in `memberCount` (GroupModule.joinGroup). */
  joinGroup(options: { groupID: string; type?: string }): Promise<TimResponse<{ status: string; group?: { memberCount?: unknown } }>>;
  /** A live group's (AVChatRoom) online count, throttled and cached by the SDK; 0 for other groups. */
  getGroupOnlineMemberCount(groupID: string): Promise<TimResponse<{ memberCount: number }>>;
  quitGroup(groupID: string): Promise<TimResponse>;
  /** Asks the service each time (getGroupProfileAdvance), with only the custom fields named in the filter. */
  getGroupProfile(options: { groupID: string; groupCustomFieldFilter?: string[] }): Promise<TimResponse<{ group: TimGroupProfile }>>;
  /** create*Message throw synchronously when the options fail the SDK's validator ("Params validate failed."). */
  createTextMessage(options: TimMessageOptions): TimMessage;
  createImageMessage(options: TimMessageOptions): TimMessage;
  createCustomMessage(options: TimMessageOptions): TimMessage;
  sendMessage(message: TimMessage): Promise<TimResponse<{ message: TimMessage }>>;
  on(event: string, handler: (event: TimEventArgs) => void): void;
  off(event: string, handler: (event: TimEventArgs) => void): void;
}

/** The constants the module exports beside `create`; the adapters use the SDK's own values. */
export interface TimConstants {
  readonly EVENT: Readonly<Record<string, string>>;
  readonly TYPES: Readonly<Record<string, string | number>>;
}

export interface TimCreateOptions {
  readonly SDKAppID: number;
  /** Without it, joining a second AVChatRoom silently quits the first. */
  readonly unlimitedAVChatRoom: boolean;
}

/** How the adapters get an SDK instance: the real `TIM.create` in the app, a stand-in in tests. */
export interface TimFactory extends TimConstants {
  create(options: TimCreateOptions): TimInstance;
}
