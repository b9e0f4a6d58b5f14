/** A user's media as the room reports it: the camera feed or a pushed whiteboard. */
export type StreamSource = 'camera' | 'board';

export interface Stream {
  readonly userId: string;
  readonly source: StreamSource;
  readonly hasVideo: boolean;
  readonly hasAudio: boolean;
}

export function streamKey(userId: string, source: StreamSource): string {
  return `${userId}:${source}`;
}

export function isLive(stream: Stream | undefined): boolean {
  return !!stream && (stream.hasVideo || stream.hasAudio);
}
