import { WxmlEvent } from '../../../../infrastructure/trtc-wx/TrtcSdk';
import { entered, pusherCode } from './trtcCodes';

/** Anchors TRTC's `live` scene admits without the unlimited-anchor mode (Tencent's TRTC docs). */
export const LIVE_SCENE_ANCHORS = 50;

/**
 * No document names the code of a room that is full of anchors; the stand-in answers with one of
 * the server's -100xxx refusals, which is all the adapter can rely on.
 */
export const ANCHORS_FULL_CODE = -100030;

/**
 * The TRTC room as the pusher's url asks to enter it. Every trtc-wx pusher is an anchor: the url
 * carries no role. In the `live` scene the room admits LIVE_SCENE_ANCHORS of them unless the url
 * asks for the unlimited-anchor mode (`enableinfiniteanchor=1`, trtc-wx 1.1.14).
 */
export class StandInTrtcRoom {
  constructor(private anchors = 0) {}

  /** What <live-pusher> reports once started with this url. */
  answer(url: unknown): WxmlEvent {
    const query = new URLSearchParams(String(url).split('?')[1] ?? '');
    const live = query.get('appscene') === 'live';
    const unlimited = query.get('enableinfiniteanchor') === '1';
    if (live && !unlimited && this.anchors >= LIVE_SCENE_ANCHORS) return pusherCode(ANCHORS_FULL_CODE, 'anchor count over limit');
    this.anchors += 1;
    return entered();
  }
}
