import { Stream, StreamSource } from '../../domain/classroom/Stream';
import { Listeners } from '../shared/Listeners';
import { NetworkQuality } from '../../application/ports/MediaRoomPort';

export type RoomNotice = { readonly type: 'stream'; readonly stream: Stream } | { readonly type: 'kicked' };

/** Audio/video rooms in one process: who is in, what each publishes, and a per-user network switch. */
export class LocalRtcService {
  private readonly rooms = new Map<string, Map<string, Map<StreamSource, Stream>>>();
  private readonly inboxes = new Map<string, Listeners<{ roomId: string; notice: RoomNotice }>>();
  private readonly offline = new Set<string>();
  private readonly unheardKicks = new Map<string, string[]>();
  private readonly connection = new Listeners<{ userId: string; up: boolean }>();
  private readonly qualities = new Listeners<{ userId: string; quality: NetworkQuality }>();
  /** Each user's downlink grade; a user nobody graded has a good one. */
  private readonly grades = new Map<string, NetworkQuality>();

  inbox(userId: string): Listeners<{ roomId: string; notice: RoomNotice }> {
    let inbox = this.inboxes.get(userId);
    if (!inbox) this.inboxes.set(userId, (inbox = new Listeners()));
    return inbox;
  }

  onConnection(listener: (change: { userId: string; up: boolean }) => void): () => void {
    return this.connection.add(listener);
  }

  enter(roomId: string, userId: string): Stream[] {
    const room = this.room(roomId);
    if (!room.has(userId)) room.set(userId, new Map());
    return [...room.entries()].filter(([id]) => id !== userId).flatMap(([, streams]) => [...streams.values()]);
  }

  leave(roomId: string, userId: string): void {
    const streams = this.room(roomId).get(userId);
    if (!streams) return;
    for (const stream of streams.values()) this.publish(roomId, { ...stream, hasAudio: false, hasVideo: false });
    this.room(roomId).delete(userId);
  }

  /** Publishes (or with neither audio nor video, unpublishes) a stream and tells everyone else in the room. */
  publish(roomId: string, stream: Stream): void {
    const room = this.room(roomId);
    const streams = room.get(stream.userId) ?? new Map<StreamSource, Stream>();
    room.set(stream.userId, streams);
    if (stream.hasAudio || stream.hasVideo) streams.set(stream.source, stream);
    else streams.delete(stream.source);
    for (const userId of room.keys()) {
      if (userId === stream.userId || this.offline.has(userId)) continue;
      this.inboxes.get(userId)?.emit({ roomId, notice: { type: 'stream', stream } });
    }
  }

  isInRoom(roomId: string, userId: string): boolean {
    return this.room(roomId).has(userId);
  }

  streamOf(roomId: string, userId: string, source: StreamSource = 'camera'): Stream | undefined {
    return this.room(roomId).get(userId)?.get(source);
  }

  /** The service removes the user at once; a client that is offline hears it only when it reaches the service again. */
  kick(roomId: string, userId: string): void {
    this.leave(roomId, userId);
    if (this.offline.has(userId)) this.unheardKicks.set(userId, [...(this.unheardKicks.get(userId) ?? []), roomId]);
    else this.inboxes.get(userId)?.emit({ roomId, notice: { type: 'kicked' } });
  }

  /** `silently`: the service is reachable again but the client's SDK, having given up, is not told. */
  setOnline(userId: string, up: boolean, options: { silently?: boolean } = {}): void {
    if (up === !this.offline.has(userId)) return;
    if (up) this.offline.delete(userId);
    else this.offline.add(userId);
    if (!options.silently) this.connection.emit({ userId, up });
    if (up) this.tellUnheardKicks(userId);
  }

  private tellUnheardKicks(userId: string): void {
    const rooms = this.unheardKicks.get(userId) ?? [];
    this.unheardKicks.delete(userId);
    for (const roomId of rooms) this.inboxes.get(userId)?.emit({ roomId, notice: { type: 'kicked' } });
  }

  /** A user's downlink as the room grades it; their client is told, as the SDK's net-status reports would. */
  setQuality(userId: string, quality: NetworkQuality): void {
    this.grades.set(userId, quality);
    this.qualities.emit({ userId, quality });
  }

  gradeOf(userId: string): NetworkQuality {
    return this.grades.get(userId) ?? 'good';
  }

  onQuality(listener: (change: { userId: string; quality: NetworkQuality }) => void): () => void {
    return this.qualities.add(listener);
  }

  isOnline(userId: string): boolean {
    return !this.offline.has(userId);
  }

  private room(roomId: string): Map<string, Map<StreamSource, Stream>> {
    let room = this.rooms.get(roomId);
    if (!room) this.rooms.set(roomId, (room = new Map()));
    return room;
  }
}
