import { TicPage, TicPageBinding, WEBRTC_ROOM_DATA_KEY, WebrtcRoomData } from '../../../../infrastructure/tic/TicPageBinding';
import { WebrtcRoomAttributes } from '../../../../infrastructure/tic/WebrtcRoom';
import { StandInTic } from './StandInTic';
import { StandInWebrtcRoom } from './StandInWebrtcRoom';
import { TicCloud } from './TicCloud';

/**
 * The lesson page with `<tic-component id="tx_board">` and `<webrtc-room id="webrtcroom">`:
 * the attributes land in its data, webrtc-room reads them from there,
 * and the page's `bindRoomEvent` forwards to the binding.
 */
export class StandInTicPage implements TicPage {
  data: Record<string, unknown> = {};
  readonly tic: StandInTic;
  readonly room: StandInWebrtcRoom;

  constructor(cloud: TicCloud, binding: TicPageBinding) {
    this.tic = new StandInTic(cloud);
    this.room = new StandInWebrtcRoom(
      cloud,
      () => this.roomAttributes(),
      (_name, detail) => binding.onRoomEvent({ detail }),
    );
  }

  selectComponent(selector: string): unknown {
    if (selector === '#tx_board') return this.tic;
    if (selector === '#webrtcroom') return this.room;
    return null;
  }

  /** The page's one data path, applied at once (the lesson page's own path is tested in test/miniprogram). */
  showMedia(attributes: WebrtcRoomData): Promise<void> {
    this.data[WEBRTC_ROOM_DATA_KEY] = { ...attributes.webrtcRoom };
    return Promise.resolve();
  }

  roomAttributes(): Partial<WebrtcRoomAttributes> {
    return (this.data[WEBRTC_ROOM_DATA_KEY] ?? {}) as Partial<WebrtcRoomAttributes>;
  }
}
