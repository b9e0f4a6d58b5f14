/** Which actions each kind of actor may take, and the fields each action needs. */
export type FieldType =
  | 'boolean'
  | 'string'
  | 'number'
  | 'text-or-image-url'
  | 'text-or-image-file'
  /** `chat`, `signal` or `state` (the class's stored state). */
  | 'raw-channel'
  /** `chat` or `signal`; `chat` when left out. */
  | 'optional-channel'
  | 'kick-reason';

export type ActionSpec = Readonly<Record<string, FieldType>>;

export const STAFF_ACTIONS: Readonly<Record<string, ActionSpec>> = {
  camera: { on: 'boolean' },
  mic: { on: 'boolean' },
  board: { on: 'boolean' },
  chat: { content: 'text-or-image-url' },
  grant: { to: 'string', mic: 'boolean', camera: 'boolean' },
  revoke: { to: 'string' },
  muteAll: {},
  muteChat: { on: 'boolean' },
  kick: { to: 'string' },
  endClass: {},
};

export const TEACHER_ONLY = ['board', 'grant', 'revoke', 'muteAll', 'muteChat', 'kick', 'endClass'];

export const CLASSMATE_ACTIONS: Readonly<Record<string, ActionSpec>> = {
  join: {},
  leave: {},
  chat: { content: 'text-or-image-url' },
  raiseHand: {},
  lowerHand: {},
  camera: { on: 'boolean' },
  mic: { on: 'boolean' },
  ...Object.fromEntries(TEACHER_ONLY.map((action) => [action, STAFF_ACTIONS[action]])),
};

export const ME_ACTIONS: Readonly<Record<string, ActionSpec>> = {
  join: {},
  leave: {},
  raiseHand: {},
  lowerHand: {},
  mic: { on: 'boolean' },
  camera: { on: 'boolean' },
  chat: { content: 'text-or-image-file' },
  fullscreen: { on: 'boolean' },
  background: {},
  foreground: {},
};

export const NETWORK_ACTIONS: Readonly<Record<string, ActionSpec>> = {
  imDown: {},
  imUp: {},
  rtcDown: {},
  rtcUp: {},
  redeliver: { count: 'number', channel: 'optional-channel' },
  kickedOffline: { reason: 'kick-reason' },
};

export const RAW_ACTION: ActionSpec = { channel: 'raw-channel', payload: 'string' };
