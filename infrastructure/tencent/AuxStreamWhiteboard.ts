import { MediaRoomPort } from '../../application/ports/MediaRoomPort';
import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { BoardState, WhiteboardPort } from '../../application/ports/WhiteboardPort';
import { Listeners } from '../shared/Listeners';

/**
 * The board as the teacher's client pushes it: a video on the teacher's TRTC aux stream. It is
 * showing while that stream is live; a pushed video has no pages, so `page` stays 0 and
 * following the teacher is automatic. A TIC board adapter replaces this when one is bound.
 */
export class AuxStreamWhiteboard implements WhiteboardPort {
  private readonly listeners = new Listeners<BoardState>();
  private stopWatching: Unsubscribe | undefined;
  private on = false;

  constructor(
    private readonly media: MediaRoomPort,
    private readonly teacherId: () => string | undefined,
  ) {}

  /** Opening again (after a reconnect) keeps watching: the stream's last state is still the board's. */
  async open(): Promise<void> {
    if (this.stopWatching) return;
    this.on = false;
    this.stopWatching = this.media.subscribe((event) => {
      if (event.type !== 'stream' || event.stream.source !== 'board' || event.stream.userId !== this.teacherId()) return;
      const on = event.stream.hasVideo;
      if (on === this.on) return;
      this.on = on;
      this.listeners.emit({ on, page: 0 });
    });
  }

  async close(): Promise<void> {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  followTeacher(): void {
    // A pushed board video is always the teacher's current view.
  }

  subscribe(listener: (state: BoardState) => void): Unsubscribe {
    return this.listeners.add(listener);
  }
}
