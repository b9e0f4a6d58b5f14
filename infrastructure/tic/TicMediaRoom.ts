import { MediaRoomEvent, MediaRoomPort, MediaTicket } from '../../application/ports/MediaRoomPort';
import { Clock, Logger } from '../../application/ports/PlatformPorts';
import { PortError } from '../../application/ports/PortError';
import { ConnectionState, Unsubscribe } from '../../application/ports/Unsubscribe';
import { Publishing } from '../../domain/classroom/Classroom';
import { PlaybackEntry } from '../../domain/classroom/PlaybackPlan';
import { Listeners } from '../shared/Listeners';
import { TrtcJoin } from '../shared/TrtcJoin';
import { roomFailure } from './ticErrors';
import { TicPageBinding } from './TicPageBinding';
import { RoomEventTranslator } from './RoomEventTranslator';
import { RoomEventName } from './WebrtcRoom';

/** The room's entry key, which the TIC deployment's backend issues (webrtc-room requires one). */
export type PrivateMapKeySource = (ticket: MediaTicket) => Promise<string>;

const NOTHING: Publishing = { mic: false, camera: false };

const STOPS_THE_ROOM: readonly RoomEventName[] = [
  'ERROR_PUSH_DISCONNECT',
  'ERROR_OPEN_CAMERA',
  'ERROR_OPEN_MIC',
  'ERROR_EXCEEDS_THE_MAX_MEMBER',
];

/**
 * The media room on TIC's `<webrtc-room>`: the page binds the attributes this adapter renders
 * and forwards the component's room events. webrtc-room plays every member it lists itself, so
 * `play` can only remember the plan: the component documents no per-player control.
 */
export class TicMediaRoom implements MediaRoomPort {
  private readonly listeners = new Listeners<MediaRoomEvent>();
  private readonly translator: RoomEventTranslator;
  private publishing: Publishing = NOTHING;
  private plan: readonly PlaybackEntry[] = [];
  private entry: TrtcJoin | undefined;
  private inRoom = false;
  private connection: ConnectionState = 'disconnected';
  private stopListening: Unsubscribe | undefined;

  constructor(
    private readonly binding: TicPageBinding,
    private readonly privateMapKey: PrivateMapKeySource,
    private readonly clock: Clock,
    logger: Logger,
  ) {
    this.translator = new RoomEventTranslator(logger);
  }

  async enter(ticket: MediaTicket): Promise<void> {
    const roomID = Number(ticket.roomId);
    if (!Number.isInteger(roomID) || roomID <= 0)
      throw new PortError('UNSUPPORTED', `webrtc-room rooms are numbered; "${ticket.roomId}" is not a room number`);
    const room = this.binding.webrtcRoom();
    await this.leave();
    this.translator.reset(ticket.userId);
    this.stopListening = this.binding.subscribeRoomEvents((detail) => this.roomEvent(detail));
    const entry = (this.entry = new TrtcJoin(this.clock));
    // Awaited below once the room key is in; until then leaving (or a failed key) may fail it unawaited.
    entry.done.catch(() => undefined);
    let privateMapKey: string;
    try {
      privateMapKey = await this.privateMapKey(ticket);
    } catch (error) {
      if (this.entry === entry) await this.leave();
      throw new PortError('AUTH', '获取进入课堂的密钥失败，请重新进入课堂', error);
    }
    await this.binding.render({
      useCloud: true,
      sdkAppID: ticket.sdkAppId,
      roomID,
      userID: ticket.userId,
      userSig: ticket.userSig,
      privateMapKey,
      template: '1v1bigsmall',
      // TIC already runs IM; a second login from webrtc-room would log the first one out.
      enableIM: false,
      muted: !this.publishing.mic,
      enableCamera: this.publishing.camera,
    });
    room.start();
    try {
      await entry.done;
    } catch (error) {
      if (this.entry === entry) await this.leave();
      throw error;
    }
  }

  async leave(): Promise<void> {
    this.entry?.fail(new PortError('NOT_CONNECTED', 'the room was left while entering'));
    this.entry = undefined;
    if (!this.stopListening) return;
    this.stopListening();
    this.stopListening = undefined;
    this.inRoom = false;
    this.connection = 'disconnected';
    this.plan = [];
    this.publishing = NOTHING;
    this.binding.webrtcRoom().stop();
    await this.binding.render({ muted: true, enableCamera: false });
  }

  async publish(devices: Publishing): Promise<void> {
    if (!this.stopListening) throw new PortError('NOT_CONNECTED', 'the media room has not been entered');
    this.publishing = { mic: devices.mic, camera: devices.camera };
    await this.binding.render({ muted: !devices.mic, enableCamera: devices.camera });
  }

  play(plan: readonly PlaybackEntry[]): void {
    this.plan = plan;
  }

  /** The plan as last asked, for the page to decide what to show around webrtc-room. */
  get playbackPlan(): readonly PlaybackEntry[] {
    return this.plan;
  }

  async switchCamera(): Promise<void> {
    if (!this.inRoom) throw new PortError('NOT_CONNECTED', 'the media room has not been entered');
    this.binding.webrtcRoom().switchCamera();
  }

  subscribe(listener: (event: MediaRoomEvent) => void): Unsubscribe {
    return this.listeners.add(listener);
  }

  private roomEvent(detail: unknown): void {
    const event = this.translator.translate(detail, this.binding.roomCodes);
    if (!event) return;
    switch (event.kind) {
      case 'entered':
        this.inRoom = true;
        this.entry?.succeed();
        this.setConnection('connected');
        return;
      case 'streams':
        for (const stream of event.streams) this.listeners.emit({ type: 'stream', stream });
        return;
      case 'reconnecting':
        if (this.inRoom) this.setConnection('reconnecting');
        return;
      case 'exited':
        if (this.inRoom) this.setConnection('disconnected');
        return;
      case 'error':
        this.failure(event.name, event.detail);
        return;
    }
  }

  private failure(name: RoomEventName, detail: unknown): void {
    const failure = roomFailure(name, detail);
    if (this.entry?.fail(new PortError(failure.code, failure.message, { name, detail }))) return;
    // webrtc-room reports every exit from the room (live-pusher 1019, whatever its reason: the
    // network, a dismissed room, a removal) as ERROR_JOIN_ROOM. Which it was cannot be told, so
    // the room is entered again; a removal is the school's to say (its kick and stored state).
    if (name === 'ERROR_JOIN_ROOM' && this.inRoom) {
      this.inRoom = false;
      this.setConnection('disconnected');
      return;
    }
    // These leave the component out of the room (it calls exitRoom or stop on them).
    if (STOPS_THE_ROOM.includes(name)) this.setConnection('disconnected');
    this.listeners.emit({ type: 'error', code: `TIC.ROOM.${name}`, message: failure.message });
  }

  private setConnection(state: ConnectionState): void {
    if (state === this.connection) return;
    this.connection = state;
    this.listeners.emit({ type: 'connection', state });
  }
}
