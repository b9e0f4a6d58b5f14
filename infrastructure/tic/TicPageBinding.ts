import { PortError } from '../../application/ports/PortError';
import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { Listeners } from '../shared/Listeners';
import { TicComponent } from './TicComponent';
import { RoomEventDetail, WebrtcRoomAttributes, WebrtcRoomCodes, WebrtcRoomInstance } from './WebrtcRoom';

/** `<webrtc-room>`'s attributes, under the page data key the page binds them from. */
export interface WebrtcRoomData {
  readonly webrtcRoom: Partial<WebrtcRoomAttributes>;
}

/**
 * The lesson page hosting `<tic-component id="tx_board">` and `<webrtc-room id="webrtcroom">`.
 * The attributes reach its data through the page's one data path, never a setData of their own.
 */
export interface TicPage {
  selectComponent(selector: string): unknown;
  /** Carries the attributes to the page's data; resolves once the setData that carried them was applied. */
  showMedia(attributes: WebrtcRoomData): Promise<void>;
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
    void page.showMedia({ webrtcRoom: this.attributes });
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

  /** Hands the attributes to the page's data path; resolves once the page has applied them (start() reads them there). */
  render(changes: Partial<WebrtcRoomAttributes>): Promise<void> {
    this.attributes = { ...this.attributes, ...changes };
    return this.page ? this.page.showMedia({ webrtcRoom: this.attributes }) : Promise.resolve();
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
