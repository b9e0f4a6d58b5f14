import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { Listeners } from '../shared/Listeners';
import { MediaAttributes, pick, PLAYER_FIELDS, PUSHER_FIELDS } from './mediaAttributes';
import { TrtcAttributes, TrtcSdk, WxmlEvent } from './TrtcSdk';
import { sourceOf } from './TrtcStreamTracker';

export interface PusherCode {
  readonly code: number;
  readonly message: string;
}

/**
 * The page (or component) that hosts <live-pusher> and the <live-player> list. The SDK makes its
 * live contexts on it; the attributes reach its data through the page's one data path, never
 * through a setData of the media room's own.
 */
export interface MediaPage {
  /** Carries the attributes to the page's data; resolves once the setData that carried them was applied. */
  showMedia(attributes: MediaAttributes): Promise<void>;
}

/**
 * What the lesson page needs from the media room: the SDK's `pusher` and `players` attributes,
 * handed to the page's data path, and handlers its WXML events are forwarded to. The page
 * attaches in onLoad and detaches in onUnload; the media room connects the SDK while in a room.
 */
export class TrtcRenderBinding {
  private currentPage: MediaPage | undefined;
  private sdk: TrtcSdk | undefined;
  private rendered: MediaAttributes = { pusher: {}, players: [] };
  private readonly pusherCodes = new Listeners<PusherCode>();

  get page(): MediaPage | undefined {
    return this.currentPage;
  }

  /** The attributes as last rendered: a page attaching late starts from these. */
  attributes(): MediaAttributes {
    return this.rendered;
  }

  attach(page: MediaPage): void {
    this.currentPage = page;
    void page.showMedia(this.rendered);
  }

  detach(page: MediaPage): void {
    if (this.currentPage === page) this.currentPage = undefined;
  }

  connect(sdk: TrtcSdk | undefined): void {
    this.sdk = sdk;
  }

  /**
   * Hands the SDK's current attributes to the page; resolves once the page has applied them, which
   * the SDK's ordering needs (the pusher's url must be on the page before the pusher starts).
   */
  render(pusher: TrtcAttributes | undefined, players: readonly TrtcAttributes[] | undefined): Promise<void> {
    this.rendered = {
      pusher: pusher ? pick(pusher, PUSHER_FIELDS) : this.rendered.pusher,
      // Each player also says, in the classroom's words, which stream it is: the page lays it out by the lesson view.
      players: players
        ? players.map((player) => ({ ...pick(player, PLAYER_FIELDS), source: sourceOf(player.streamType) }))
        : this.rendered.players,
    };
    return this.currentPage ? this.currentPage.showMedia(this.rendered) : Promise.resolve();
  }

  /** Raw <live-pusher> state codes, for what the SDK does not report (reconnecting, for one). */
  onPusherCode(listener: (code: PusherCode) => void): Unsubscribe {
    return this.pusherCodes.add(listener);
  }

  readonly pusherEventHandler = (event: WxmlEvent): void => {
    this.sdk?.pusherEventHandler(event);
    this.pusherCodes.emit({ code: Number(event.detail.code), message: String(event.detail.message ?? '') });
  };

  readonly pusherNetStatusHandler = (event: WxmlEvent): void => this.sdk?.pusherNetStatusHandler(event);
  readonly pusherErrorHandler = (event: WxmlEvent): void => this.sdk?.pusherErrorHandler(event);
  readonly pusherAudioVolumeNotify = (event: WxmlEvent): void => this.sdk?.pusherAudioVolumeNotify(event);
  readonly playerEventHandler = (event: WxmlEvent): void => this.sdk?.playerEventHandler(event);
  readonly playerNetStatus = (event: WxmlEvent): void => this.sdk?.playerNetStatus(event);
  readonly playerAudioVolumeNotify = (event: WxmlEvent): void => this.sdk?.playerAudioVolumeNotify(event);
  readonly playerFullscreenChange = (event: WxmlEvent): void => this.sdk?.playerFullscreenChange(event);
}
