import { MediaRoomEvent, MediaRoomPort, MediaTicket } from '../../application/ports/MediaRoomPort';
import { Publishing } from '../../domain/classroom/Classroom';
import { PlaybackEntry } from '../../domain/classroom/PlaybackPlan';
import { PortError } from '../../application/ports/PortError';
import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { Listeners } from '../shared/Listeners';
import { LocalClassroomHub } from './LocalClassroomHub';

/** TRTC's net-status reports come every 2 s (live-pusher/live-player `bindnetstatus`). */
export const FIRST_GRADE_MS = 2000;

/** The student's side of an in-process media room; it keeps what it publishes and plays for anyone to inspect. */
export class LocalMediaRoom implements MediaRoomPort {
  private readonly listeners = new Listeners<MediaRoomEvent>();
  private ticket: MediaTicket | undefined;
  private stopInbox: (() => void) | undefined;
  /** Requests are applied in the order they were made: one overtaken by a later one changes nothing. */
  private roomRequests = 0;
  private publishRequests = 0;
  published: Publishing = { mic: false, camera: false };
  playing: readonly PlaybackEntry[] = [];
  facing: 'front' | 'back' = 'front';

  constructor(private readonly hub: LocalClassroomHub) {
    hub.rtc.onConnection(({ userId, up }) => {
      if (userId === this.ticket?.userId) this.listeners.emit({ type: 'connection', state: up ? 'connected' : 'disconnected' });
    });
    hub.rtc.onQuality(({ userId, quality }) => {
      if (userId === this.ticket?.userId) this.listeners.emit({ type: 'network', quality });
    });
  }

  async enter(ticket: MediaTicket): Promise<void> {
    const request = ++this.roomRequests;
    await this.hub.call('rtc', ticket.userId);
    if (request !== this.roomRequests) return;
    this.ticket = ticket;
    this.stopInbox?.();
    this.stopInbox = this.hub.rtc.inbox(ticket.userId).add(({ roomId, notice }) => {
      if (roomId !== this.ticket?.roomId) return;
      if (notice.type === 'kicked') this.listeners.emit({ type: 'kicked' });
      else this.listeners.emit({ type: 'stream', stream: notice.stream });
    });
    for (const stream of this.hub.rtc.enter(ticket.roomId, ticket.userId)) this.listeners.emit({ type: 'stream', stream });
    // A media room grades the link from its first net-status report, about one report interval after entering.
    void this.hub.clock.delay(FIRST_GRADE_MS).then(() => {
      if (request === this.roomRequests && this.ticket)
        this.listeners.emit({ type: 'network', quality: this.hub.rtc.gradeOf(ticket.userId) });
    });
  }

  async leave(): Promise<void> {
    this.roomRequests++;
    this.publishRequests++;
    if (!this.ticket) return;
    this.stopInbox?.();
    this.hub.rtc.leave(this.ticket.roomId, this.ticket.userId);
    this.ticket = undefined;
    this.published = { mic: false, camera: false };
    this.playing = [];
  }

  /** Turning devices off takes effect at once; turning them on is a round trip to the room. */
  async publish(devices: Publishing): Promise<void> {
    const ticket = this.entered();
    const request = ++this.publishRequests;
    const stop = { mic: this.published.mic && devices.mic, camera: this.published.camera && devices.camera };
    this.apply(ticket, stop);
    if (!devices.mic && !devices.camera) return;
    await this.hub.call('rtc', ticket.userId);
    if (request === this.publishRequests && this.ticket === ticket) this.apply(ticket, devices);
  }

  play(plan: readonly PlaybackEntry[]): void {
    this.playing = plan;
  }

  async switchCamera(): Promise<void> {
    await this.hub.call('rtc', this.entered().userId);
    this.facing = this.facing === 'front' ? 'back' : 'front';
  }

  subscribe(listener: (event: MediaRoomEvent) => void): Unsubscribe {
    return this.listeners.add(listener);
  }

  /** Test and emulator hook: the room reports speaking levels. */
  reportVolumes(levels: { userId: string; volume: number }[]): void {
    this.listeners.emit({ type: 'volume', levels });
  }

  private apply(ticket: MediaTicket, devices: Publishing): void {
    if (devices.mic === this.published.mic && devices.camera === this.published.camera) return;
    this.published = devices;
    this.hub.rtc.publish(ticket.roomId, { userId: ticket.userId, source: 'camera', hasAudio: devices.mic, hasVideo: devices.camera });
  }

  private entered(): MediaTicket {
    if (!this.ticket) throw new PortError('NOT_CONNECTED', 'the media room has not been entered');
    return this.ticket;
  }
}
