import { MediaRoomEvent, NetworkQuality } from '../../application/ports/MediaRoomPort';
import { gradeNetStatus, worstQuality } from './networkQuality';
import { TrtcEvent, TrtcPlayer } from './TrtcSdk';

/** My own upload's key; players are keyed by their ids (`<userID>_main`), which never equal it. */
const PUSHER = 'pusher';
const isPlayed = (player: TrtcPlayer): boolean => !player.muteVideo || !player.muteAudio;

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
    if (publishing) this.grade([[PUSHER, gradeNetStatus(event.data?.pusher?.netStatus as Record<string, unknown> | undefined)]]);
  }

  /** Each report lists every player: one that is gone or no longer played loses its grade. */
  remoteNetwork(event: TrtcEvent): void {
    const players = (event.data?.playerList ?? []).filter(isPlayed);
    this.forgetPlayersBut(players.map((player) => player.id));
    this.grade(players.map((player) => [player.id, gradeNetStatus(player.netStatus)]));
  }

  /** Players come and go between net reports (a co-host leaves): only those still played keep a grade. */
  keepPlayers(players: readonly TrtcPlayer[]): void {
    this.forgetPlayersBut(players.filter(isPlayed).map((player) => player.id));
    this.grade([]);
  }

  stopPublishing(): void {
    this.grades.delete(PUSHER);
  }

  clear(): void {
    this.grades.clear();
    this.quality = 'unknown';
  }

  private forgetPlayersBut(ids: readonly string[]): void {
    for (const source of [...this.grades.keys()]) if (source !== PUSHER && !ids.includes(source)) this.grades.delete(source);
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
