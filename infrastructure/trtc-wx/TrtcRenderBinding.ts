import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { Listeners } from '../shared/Listeners';
import { pick, PLAYER_FIELDS, PUSHER_FIELDS, RenderState, renderPatch } from './renderPatch';
import { TrtcAttributes, TrtcSdk, WxmlEvent } from './TrtcSdk';

export interface PusherCode {
  readonly code: number;
  readonly message: string;
}

/** The page (or component) that hosts <live-pusher> and the <live-player> list. */
export interface MediaPage {
  setData(data: Record<string, unknown>, callback?: () => void): void;
}

/**
 * What the lesson page needs from the media room: `pusher` and `players` in its data, kept up
 * to date by small setData patches, and handlers its WXML events are forwarded to. The page
 * attaches in onLoad and detaches in onUnload; the media room connects the SDK while in a room.
 */
export class TrtcRenderBinding {
  private currentPage: MediaPage | undefined;
  private sdk: TrtcSdk | undefined;
  private rendered: RenderState = { pusher: {}, players: [] };
  private readonly pusherCodes = new Listeners<PusherCode>();

  get page(): MediaPage | undefined {
    return this.currentPage;
  }

  /** The data the page starts from; later changes arrive as patches. */
  snapshot(): RenderState {
    return this.rendered;
  }

  attach(page: MediaPage): void {
    this.currentPage = page;
    page.setData({ pusher: this.rendered.pusher, players: this.rendered.players });
  }

  detach(page: MediaPage): void {
    if (this.currentPage === page) this.currentPage = undefined;
  }

  connect(sdk: TrtcSdk | undefined): void {
    this.sdk = sdk;
  }

  /** Renders the SDK's current attributes; resolves once the page has applied them. */
  render(pusher: TrtcAttributes | undefined, players: readonly TrtcAttributes[] | undefined): Promise<void> {
    const next: RenderState = {
      pusher: pusher ? pick(pusher, PUSHER_FIELDS) : this.rendered.pusher,
      players: players ? players.map((player) => pick(player, PLAYER_FIELDS)) : this.rendered.players,
    };
    const patch = renderPatch(this.rendered, next);
    this.rendered = next;
    const page = this.currentPage;
    if (!page || Object.keys(patch).length === 0) return Promise.resolve();
    return new Promise((resolve) => page.setData(patch, resolve));
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
