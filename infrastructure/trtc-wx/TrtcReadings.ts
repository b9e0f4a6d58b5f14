import { MediaRoomEvent, NetworkQuality } from '../../application/ports/MediaRoomPort';
import { gradeNetStatus, worstQuality } from './networkQuality';
import { TrtcEvent } from './TrtcSdk';

/**
 * The high-rate readings (speaking volume, network) from the SDK's update events. Quality is
 * reported only when the worst link changes; the pusher counts only while it publishes.
 */
export class TrtcReadings {
  private readonly grades = new Map<string, NetworkQuality>();
  private quality: NetworkQuality = 'unknown';

  constructor(private readonly emit: (event: MediaRoomEvent) => void) {}

  localVolume(event: TrtcEvent, userId: string): void {
    const volume = Number(event.data?.pusher?.volume);
    if (Number.isFinite(volume)) this.emit({ type: 'volume', levels: [{ userId, volume }] });
  }

  remoteVolumes(event: TrtcEvent): void {
    const players = (event.data?.playerList ?? []).filter((player) => player.streamType === 'main' && typeof player.volume === 'number');
    this.emit({ type: 'volume', levels: players.map((player) => ({ userId: player.userID, volume: player.volume as number })) });
  }

  localNetwork(event: TrtcEvent, publishing: boolean): void {
    if (publishing) this.grade([['pusher', gradeNetStatus(event.data?.pusher?.netStatus as Record<string, unknown> | undefined)]]);
  }

  remoteNetwork(event: TrtcEvent): void {
    const players = (event.data?.playerList ?? []).filter((player) => !player.muteVideo || !player.muteAudio);
    this.grade(players.map((player) => [player.id, gradeNetStatus(player.netStatus)]));
  }

  stopPublishing(): void {
    this.grades.delete('pusher');
  }

  clear(): void {
    this.grades.clear();
    this.quality = 'unknown';
  }

  /** By player id, which carries a user id: pairs, never an object keyed by it. */
  private grade(grades: readonly (readonly [string, NetworkQuality])[]): void {
    for (const [source, grade] of grades) this.grades.set(source, grade);
    const quality = worstQuality(this.grades.values());
    if (quality === this.quality) return;
    this.quality = quality;
    this.emit({ type: 'network', quality });
  }
}
