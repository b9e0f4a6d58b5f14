/**
 * The part of a trtc-wx-sdk 1.1.15 instance the adapter uses, typed here because the package
 * ships no types. Attribute objects are the SDK's own; the page binds them to <live-pusher>
 * and <live-player>.
 */
export type TrtcAttributes = Record<string, unknown>;

export interface TrtcPlayer extends TrtcAttributes {
  readonly id: string;
  readonly userID: string;
  readonly streamType: string;
  readonly hasVideo: boolean;
  readonly hasAudio: boolean;
  readonly muteVideo: boolean;
  readonly muteAudio: boolean;
  readonly volume?: number;
  readonly netStatus?: TrtcAttributes;
}

export interface TrtcEvent {
  readonly eventCode: string;
  readonly data?: {
    readonly player?: TrtcPlayer;
    readonly playerList?: TrtcPlayer[];
    readonly pusher?: TrtcAttributes;
    readonly userID?: string;
    readonly code?: unknown;
    readonly message?: unknown;
  };
}

/** A WXML event as the page receives it from <live-pusher> / <live-player>. */
export interface WxmlEvent {
  readonly detail: Record<string, unknown>;
  readonly currentTarget?: { readonly dataset?: Record<string, unknown> };
}

export interface TrtcPusher {
  start(options?: object): void;
  switchCamera(options?: object): TrtcAttributes;
}

export interface TrtcSdk {
  readonly EVENT: Readonly<Record<string, string>>;
  createPusher(config: TrtcAttributes): { readonly pusherAttributes: TrtcAttributes };
  enterRoom(params: TrtcAttributes): TrtcAttributes;
  exitRoom(): { readonly pusher: TrtcAttributes; readonly playerList: TrtcPlayer[] };
  getPusherInstance(): TrtcPusher | null;
  setPusherAttributes(attributes: TrtcAttributes): TrtcAttributes;
  getPusherAttributes(): TrtcAttributes;
  setPlayerAttributes(id: string, attributes: TrtcAttributes): TrtcPlayer[];
  getPlayerList(): TrtcPlayer[];
  on(event: string, handler: (event: TrtcEvent) => void): void;
  off(event: string, handler: (event: TrtcEvent) => void): void;
  pusherEventHandler(event: WxmlEvent): void;
  pusherNetStatusHandler(event: WxmlEvent): void;
  pusherErrorHandler(event: WxmlEvent): void;
  pusherAudioVolumeNotify(event: WxmlEvent): void;
  playerEventHandler(event: WxmlEvent): void;
  playerNetStatus(event: WxmlEvent): void;
  playerAudioVolumeNotify(event: WxmlEvent): void;
  playerFullscreenChange(event: WxmlEvent): void;
}

/** Makes the SDK for the page that hosts the media views (the SDK needs it for the live contexts). */
export type TrtcFactory = (page: object) => TrtcSdk;
