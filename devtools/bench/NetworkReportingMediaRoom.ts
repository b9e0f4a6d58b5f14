import { MediaRoomEvent, MediaRoomPort, MediaTicket, NetworkQuality } from '../../application/ports/MediaRoomPort';
import { Publishing } from '../../domain/classroom/Classroom';
import { PlaybackEntry } from '../../domain/classroom/PlaybackPlan';
import { Unsubscribe } from '../../application/ports/Unsubscribe';

/**
 * The local media room plus network-quality reports, which the in-memory room does not make on
 * its own (TRTC reports them about once a second). Everything else is the local room's.
 */
export class NetworkReportingMediaRoom implements MediaRoomPort {
  private readonly listeners = new Set<(event: MediaRoomEvent) => void>();

  constructor(private readonly room: MediaRoomPort) {}

  reportNetwork(quality: NetworkQuality): void {
    for (const listener of [...this.listeners]) listener({ type: 'network', quality });
  }

  enter(ticket: MediaTicket): Promise<void> {
    return this.room.enter(ticket);
  }

  leave(): Promise<void> {
    return this.room.leave();
  }

  publish(devices: Publishing): Promise<void> {
    return this.room.publish(devices);
  }

  play(plan: readonly PlaybackEntry[]): void {
    this.room.play(plan);
  }

  switchCamera(): Promise<void> {
    return this.room.switchCamera();
  }

  subscribe(listener: (event: MediaRoomEvent) => void): Unsubscribe {
    this.listeners.add(listener);
    const stop = this.room.subscribe(listener);
    return () => {
      this.listeners.delete(listener);
      stop();
    };
  }
}
