import { StreamSource } from '../../../../domain/classroom/Stream';
import { TrtcRenderBinding } from '../../../../infrastructure/trtc-wx/TrtcRenderBinding';
import { audio, entered, kicked, pusherCode, userJoined, video } from '../../../infrastructure/tencent/support/trtcCodes';

interface RoomStream {
  readonly audio: boolean;
  readonly video: boolean;
}

/** <live-pusher> codes for the network: 1102 reconnecting, 1002 pushing again (trtc-wx 1.1.15). */
const RECONNECTING = 1102;
const PUSHING = 1002;

/**
 * The TRTC room as the student's <live-pusher> hears it. It remembers who publishes what, so
 * a student entering late is told about everyone already there (as TRTC does after 1018), and
 * it speaks only while the student is in: the page forwards these codes to the binding.
 */
export class StandInTrtcRoom {
  private readonly streams = new Map<string, RoomStream>();
  private readonly announced = new Set<string>();
  private inRoom = false;

  constructor(private readonly binding: TrtcRenderBinding) {}

  /** The student's pusher started: a moment later the room lets them in and shows who is there. */
  pusherStarted(): void {
    void Promise.resolve().then(() => {
      this.inRoom = true;
      this.announced.clear();
      this.binding.pusherEventHandler(entered());
      for (const [key, stream] of this.streams) this.tell(key, stream);
    });
  }

  pusherStopped(): void {
    this.inRoom = false;
  }

  publish(userId: string, source: StreamSource, stream: RoomStream): void {
    const key = `${userId}|${source}`;
    if (stream.audio || stream.video) this.streams.set(key, stream);
    else this.streams.delete(key);
    if (this.inRoom) this.tell(key, stream);
  }

  kick(): void {
    if (!this.inRoom) return;
    this.inRoom = false;
    this.binding.pusherEventHandler(kicked());
  }

  network(up: boolean): void {
    if (this.inRoom) this.binding.pusherEventHandler(pusherCode(up ? PUSHING : RECONNECTING, ''));
  }

  private tell(key: string, stream: RoomStream): void {
    const [userId, source] = key.split('|') as [string, StreamSource];
    if (!this.announced.has(userId)) {
      this.announced.add(userId);
      this.binding.pusherEventHandler(userJoined(userId));
    }
    // TRTC carries a pushed board as the aux stream, which has video only.
    if (source === 'board') return this.binding.pusherEventHandler(video(userId, stream.video, 'aux'));
    this.binding.pusherEventHandler(video(userId, stream.video));
    this.binding.pusherEventHandler(audio(userId, stream.audio));
  }
}
