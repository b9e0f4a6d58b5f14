import { TicPage, TicPageBinding, WEBRTC_ROOM_DATA_KEY } from '../../../../infrastructure/tic/TicPageBinding';
import { WebrtcRoomAttributes } from '../../../../infrastructure/tic/WebrtcRoom';
import { StandInTic } from './StandInTic';
import { StandInWebrtcRoom } from './StandInWebrtcRoom';
import { TicCloud } from './TicCloud';

/**
 * The lesson page with `<tic-component id="tx_board">` and `<webrtc-room id="webrtcroom">`:
 * setData applies path keys as WeChat does, webrtc-room reads its attributes from the page data,
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

  setData(patch: Record<string, unknown>, callback?: () => void): void {
    for (const [path, value] of Object.entries(patch)) {
      const [head, field] = path.split('.');
      if (field === undefined) this.data[head] = value;
      else this.data[head] = { ...(this.data[head] as object), [field]: value };
    }
    callback?.();
  }

  roomAttributes(): Partial<WebrtcRoomAttributes> {
    return (this.data[WEBRTC_ROOM_DATA_KEY] ?? {}) as Partial<WebrtcRoomAttributes>;
  }
}
