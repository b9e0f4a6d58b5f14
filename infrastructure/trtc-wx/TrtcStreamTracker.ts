import { Stream, StreamSource, streamKey } from '../../domain/classroom/Stream';
import { TrtcEvent } from './TrtcSdk';

/** `<userID>_main` is a camera, `<userID>_aux` the teacher's pushed board or screen. */
export function sourceOf(streamType: unknown): StreamSource {
  return streamType === 'aux' ? 'board' : 'camera';
}

/**
 * Remote streams as the REMOTE_* events leave them. The SDK's own player flags cannot be
 * trusted on removal (a leaving user's REMOVE events still carry hasVideo: true), so each
 * event moves only the flag it names.
 */
export class TrtcStreamTracker {
  private readonly streams = new Map<string, Stream>();

  apply(event: TrtcEvent, EVENT: Readonly<Record<string, string>>): Stream[] {
    const { eventCode, data } = event;
    if (eventCode === EVENT.REMOTE_USER_LEAVE) return this.userLeft(String(data?.userID ?? ''));
    const player = data?.player;
    if (!player) return [];
    const change: Partial<Pick<Stream, 'hasVideo' | 'hasAudio'>> | undefined = {
      [EVENT.REMOTE_VIDEO_ADD]: { hasVideo: true },
      [EVENT.REMOTE_VIDEO_REMOVE]: { hasVideo: false },
      [EVENT.REMOTE_AUDIO_ADD]: { hasAudio: true },
      [EVENT.REMOTE_AUDIO_REMOVE]: { hasAudio: false },
    }[eventCode];
    if (!change) return [];
    const source = sourceOf(player.streamType);
    const before = this.streams.get(streamKey(player.userID, source)) ?? {
      userId: player.userID,
      source,
      hasVideo: false,
      hasAudio: false,
    };
    return [this.store({ ...before, ...change })];
  }

  clear(): void {
    this.streams.clear();
  }

  private userLeft(userId: string): Stream[] {
    const gone = [...this.streams.values()].filter((stream) => stream.userId === userId);
    return gone.map((stream) => this.store({ ...stream, hasVideo: false, hasAudio: false }));
  }

  private store(stream: Stream): Stream {
    const key = streamKey(stream.userId, stream.source);
    if (stream.hasVideo || stream.hasAudio) this.streams.set(key, stream);
    else this.streams.delete(key);
    return stream;
  }
}
