/** TRTC takes numeric room ids from 1 to 4294967295; anything else travels as a string room id. */
export function roomParams(roomId: string): { roomID: number } | { strRoomID: string } {
  const numeric = /^[1-9]\d{0,9}$/.test(roomId) ? Number(roomId) : NaN;
  return numeric >= 1 && numeric <= 4294967295 ? { roomID: numeric } : { strRoomID: roomId };
}

/** The SDK's default TRTC scene is `videocall` (about 300 users); a class is `live` unless told otherwise. */
const DEFAULT_SCENE = 'live';

/**
 * In the `live` scene TRTC admits a limited number of anchors (50 in Tencent's docs), and every
 * student's pusher enters as one. trtc-wx 1.1.14's unlimited-anchor mode lifts that; Tencent's
 * own wrapper (@tencentcloud/trtc-cloud-wx 1.0.8, enterRoom) passes it with `recvMode: 2`
 * (receive only audio by itself; each video is taken by the player that plays it).
 */
const UNLIMITED_ANCHORS = { enableinfiniteanchor: 1, recvMode: 2 };

/** The scene the room is entered in, with the unlimited-anchor mode a class needs in `live`. */
export function sceneParams(scene: string | undefined): { scene: string; enableinfiniteanchor?: number; recvMode?: number } {
  const chosen = scene ?? DEFAULT_SCENE;
  return chosen === 'live' ? { scene: chosen, ...UNLIMITED_ANCHORS } : { scene: chosen };
}
