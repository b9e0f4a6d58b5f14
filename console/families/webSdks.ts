import { WebChatConstants, WebChatInstance } from '../../staff/infrastructure/TimStaffMessaging';

/** The part of @tencentcloud/chat (or tim-js-sdk) the console uses: its documented web surface. */
export interface WebChatSdk extends WebChatConstants {
  create(options: { SDKAppID: number; unlimitedAVChatRoom?: boolean }): WebChatClient;
}

export interface WebChatClient extends WebChatInstance {
  login(options: { userID: string; userSig: string }): Promise<unknown>;
  joinGroup(options: { groupID: string }): Promise<unknown>;
  logout(): Promise<unknown>;
  /** tim-upload-plugin, for pictures in the chat. */
  registerPlugin?(plugins: Record<string, unknown>): void;
}

/** The part of trtc-sdk-v5 the console uses. */
export interface WebTrtcSdk {
  create(): WebTrtc;
  readonly EVENT: { readonly REMOTE_VIDEO_AVAILABLE: string; readonly REMOTE_VIDEO_UNAVAILABLE: string };
  readonly TYPE: { readonly SCENE_LIVE: string; readonly SCENE_RTC: string; readonly ROLE_ANCHOR: string };
}

export interface WebTrtc {
  enterRoom(options: {
    sdkAppId: number;
    userId: string;
    userSig: string;
    roomId?: number;
    strRoomId?: string;
    scene?: string;
    role?: string;
  }): Promise<void>;
  exitRoom(): Promise<void>;
  startLocalVideo(options?: { view?: string | HTMLElement }): Promise<void>;
  stopLocalVideo(): Promise<void>;
  startLocalAudio(): Promise<void>;
  stopLocalAudio(): Promise<void>;
  startScreenShare(options?: { view?: string | HTMLElement }): Promise<void>;
  stopScreenShare(): Promise<void>;
  startRemoteVideo(options: { userId: string; streamType: string; view: string | HTMLElement }): Promise<void>;
  stopRemoteVideo(options: { userId: string; streamType: string }): Promise<void>;
  on(event: string, handler: (event: { userId: string; streamType: string }) => void): void;
}
