import { PortError } from '../../application/ports/PortError';
import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { Listeners } from '../shared/Listeners';
import { TicComponent } from './TicComponent';
import { RoomEventDetail, WebrtcRoomAttributes, WebrtcRoomCodes, WebrtcRoomInstance } from './WebrtcRoom';

/** The lesson page hosting `<tic-component id="tx_board">` and `<webrtc-room id="webrtcroom">`. */
export interface TicPage {
  selectComponent(selector: string): unknown;
  setData(data: Record<string, unknown>, callback?: () => void): void;
}

/** The page data key the page binds `<webrtc-room>`'s attributes from. */
export const WEBRTC_ROOM_DATA_KEY = 'webrtcRoom';

/**
 * What the TIC adapters need from the lesson page: the two component instances, a place in the
 * page data for webrtc-room's attributes, and the room events the page forwards. The page
 * attaches in onLoad (the components exist only then) and detaches in onUnload.
 */
export class TicPageBinding {
  private page: TicPage | undefined;
  private attributes: Partial<WebrtcRoomAttributes> = {};
  private readonly roomEvents = new Listeners<unknown>();

  /** `roomCodes` is `CONSTANT.ROOM` from the TIC sources copied into the app. */
  constructor(readonly roomCodes: WebrtcRoomCodes) {}

  attach(page: TicPage): void {
    this.page = page;
    page.setData({ [WEBRTC_ROOM_DATA_KEY]: this.attributes });
  }

  detach(page: TicPage): void {
    if (this.page === page) this.page = undefined;
  }

  tic(): TicComponent {
    return this.component<TicComponent>('#tx_board', 'tic-component');
  }

  webrtcRoom(): WebrtcRoomInstance {
    return this.component<WebrtcRoomInstance>('#webrtcroom', 'webrtc-room');
  }

  /** Sets attributes on the page; resolves once the page has applied them. */
  render(changes: Partial<WebrtcRoomAttributes>): Promise<void> {
    this.attributes = { ...this.attributes, ...changes };
    const page = this.page;
    if (!page) return Promise.resolve();
    const patch: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(changes)) patch[`${WEBRTC_ROOM_DATA_KEY}.${name}`] = value;
    return new Promise((resolve) => page.setData(patch, resolve));
  }

  get rendered(): Partial<WebrtcRoomAttributes> {
    return this.attributes;
  }

  /** The page's `bindRoomEvent` handler: pass the WXML event as it comes. */
  onRoomEvent = (event: { detail?: RoomEventDetail } | undefined): void => {
    this.roomEvents.emit(event?.detail);
  };

  /** Room events' details, unchecked: whoever listens validates them. */
  subscribeRoomEvents(listener: (detail: unknown) => void): Unsubscribe {
    return this.roomEvents.add(listener);
  }

  private component<T>(selector: string, name: string): T {
    const found = this.page?.selectComponent(selector);
    if (!found) throw new PortError('NOT_CONNECTED', `the lesson page has no ${name} (${selector}) attached`);
    return found as T;
  }
}
