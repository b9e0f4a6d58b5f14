/**
 * TIC's `<webrtc-room>` component, typed from the TIC documentation: the attributes the page
 * binds, the methods on the instance (`selectComponent('#webrtcroom')`) and its room events.
 */
export interface WebrtcRoomAttributes {
  /** Cloud environment; Tencent recommends true. */
  readonly useCloud: boolean;
  readonly roomID: number;
  readonly userID: string;
  readonly userSig: string;
  readonly sdkAppID: number;
  /** The room's entry key, required. */
  readonly privateMapKey: string;
  readonly template: '1v1bigsmall' | '1v1horizontal';
  /** Microphone off while true. */
  readonly muted: boolean;
  readonly enableCamera: boolean;
  /** Must be false with TIC: TIC runs IM itself. */
  readonly enableIM: boolean;
  readonly whiteness?: string;
  readonly beauty?: string;
  readonly aspect?: string;
  readonly minBitrate?: number;
  readonly maxBitrate?: number;
  readonly debug?: boolean;
  readonly smallViewLeft?: string;
  readonly smallViewTop?: string;
  readonly smallViewWidth?: string;
  readonly smallViewHeight?: string;
  readonly waitingImg?: string;
  readonly playerBackgroundImg?: string;
  readonly pusherBackgroundImg?: string;
  readonly loadingImg?: string;
  readonly pureAudioPushMod?: number;
  readonly recordId?: number;
}

export interface WebrtcRoomInstance {
  start(): void;
  pause(): void;
  resume(): void;
  stop(): void;
  switchCamera(): void;
}

/** `bindRoomEvent`'s `e.detail`: tag 'error' for failures; `detail` carries a message or a user id. */
export interface RoomEventDetail {
  readonly tag: string;
  readonly code: number;
  readonly detail?: unknown;
}

/** The room events the documentation lists, by their `CONSTANT.ROOM` names. */
export const ROOM_EVENT_NAMES = [
  'ERROR_OPEN_CAMERA',
  'ERROR_OPEN_MIC',
  'ERROR_PUSH_DISCONNECT',
  'ERROR_CAMERA_MIC_PERMISSION',
  'ERROR_EXCEEDS_THE_MAX_MEMBER',
  'ERROR_REQUEST_ROOM_SIG',
  'ERROR_JOIN_ROOM',
  'SUCC_PUSH',
  'SUCC_JOIN_ROOM',
  'SUCC_MEMBERS_LIST',
  'NETWORK_CHANGE',
  'PUSHER_LOADING',
  'PUSHER_PLAY',
  'PLAYER_LOADING',
  'PLAYER_PLAY',
  'PLAYER_DISCONNECT',
  'EXIT_ROOM',
] as const;

export type RoomEventName = (typeof ROOM_EVENT_NAMES)[number];

/**
 * `CONSTANT.ROOM` from the TIC sources the app copies in: the documentation names the events,
 * the deployed constant module gives their numbers, so the app passes that module's ROOM here.
 */
export type WebrtcRoomCodes = Readonly<Record<RoomEventName, number>>;
