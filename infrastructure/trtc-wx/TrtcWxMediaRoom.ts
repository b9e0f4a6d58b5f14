import { MediaRoomEvent, MediaRoomPort, MediaTicket } from '../../application/ports/MediaRoomPort';
import { Clock, Logger } from '../../application/ports/PlatformPorts';
import { PortError } from '../../application/ports/PortError';
import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { Publishing } from '../../domain/classroom/Classroom';
import { PlaybackEntry } from '../../domain/classroom/PlaybackPlan';
import { Listeners } from '../shared/Listeners';
import { roomParams, sceneParams } from './roomParams';
import { deviceFailureOf, pusherVerdict } from './pusherVerdict';
import { TrtcConnection } from './TrtcConnection';
import { TrtcJoin } from '../shared/TrtcJoin';
import { TrtcReadings } from './TrtcReadings';
import { TrtcRenderBinding } from './TrtcRenderBinding';
import { TrtcAttributes, TrtcEvent, TrtcFactory, TrtcSdk } from './TrtcSdk';
import { sourceOf, TrtcStreamTracker } from './TrtcStreamTracker';

const NOTHING: Publishing = { mic: false, camera: false };

/** The media room on trtc-wx-sdk: one SDK instance per room visit, rendered through the page binding. */
export class TrtcWxMediaRoom implements MediaRoomPort {
  private readonly listeners = new Listeners<MediaRoomEvent>();
  private readonly streams = new TrtcStreamTracker();
  private readonly readings = new TrtcReadings((event) => this.listeners.emit(event));
  private readonly connection = new TrtcConnection((event) => this.listeners.emit(event));
  private sdk: TrtcSdk | undefined;
  private userId = '';
  private publishing: Publishing = NOTHING;
  private plan: readonly PlaybackEntry[] = [];
  private stopListening: Unsubscribe[] = [];
  private join: TrtcJoin | undefined;
  /** createPusher's video size: net-status reports merge their own `videoWidth` (0 while the camera is off) into the SDK's attributes. */
  private videoSize: TrtcAttributes = {};

  constructor(
    private readonly createSdk: TrtcFactory,
    private readonly binding: TrtcRenderBinding,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async enter(ticket: MediaTicket): Promise<void> {
    const page = this.binding.page;
    if (!page) throw new PortError('NOT_CONNECTED', 'the lesson page has not attached its media views');
    await this.leave();
    const sdk = this.createSdk(page);
    this.sdk = sdk;
    this.userId = ticket.userId;
    this.listen(sdk);
    // The native pusher mutes itself in the background, without waiting for a setData from a page
    // being hidden (microphones reported still sending after a hide: TRTCSDK #426, #253).
    const { videoWidth, videoHeight } = sdk.createPusher({ enableBackgroundMute: true }).pusherAttributes;
    this.videoSize = { videoWidth, videoHeight };
    const pusher = sdk.enterRoom({
      sdkAppID: ticket.sdkAppId,
      userID: ticket.userId,
      userSig: ticket.userSig,
      ...roomParams(ticket.roomId),
      ...sceneParams(ticket.scene),
      enableMic: this.publishing.mic,
      enableCamera: this.publishing.camera,
    });
    if (!pusher.url) {
      await this.leave();
      throw new PortError('UNKNOWN', `the room parameters were refused (room ${ticket.roomId})`);
    }
    this.join = new TrtcJoin(this.clock);
    this.binding.connect(sdk);
    await this.render(pusher, sdk.getPlayerList());
    // The pusher's url must be on the page before it starts, or it pushes nowhere.
    sdk.getPusherInstance()?.start();
    try {
      await this.join.done;
    } catch (error) {
      // A refused or silent entry must not leave a pusher running; a newer entry keeps its own SDK.
      if (this.sdk === sdk) await this.leave();
      throw error;
    }
  }

  async leave(): Promise<void> {
    const sdk = this.sdk;
    this.join?.fail(new PortError('NOT_CONNECTED', 'the room was left while entering'));
    if (!sdk) return;
    for (const stop of this.stopListening) stop();
    this.stopListening = [];
    this.sdk = undefined;
    this.binding.connect(undefined);
    const { pusher, playerList } = sdk.exitRoom();
    this.publishing = NOTHING;
    this.plan = [];
    this.streams.clear();
    this.readings.clear();
    this.connection.left();
    this.videoSize = {};
    await this.render(pusher, playerList);
  }

  /** Outside a room nothing can go out, so the caller is told (NOT_CONNECTED) instead of being silently ignored. */
  async publish(devices: Publishing): Promise<void> {
    if (!this.sdk) throw new PortError('NOT_CONNECTED', 'the media room has not been entered');
    this.publishing = { mic: devices.mic, camera: devices.camera };
    if (!devices.mic && !devices.camera) this.readings.stopPublishing();
    await this.render(this.sdk.setPusherAttributes({ enableMic: devices.mic, enableCamera: devices.camera }), undefined);
  }

  play(plan: readonly PlaybackEntry[]): void {
    this.plan = plan;
    this.applyPlan();
  }

  async switchCamera(): Promise<void> {
    const pusher = this.sdk?.getPusherInstance();
    if (!pusher) throw new PortError('NOT_CONNECTED', 'the media room has not been entered');
    await this.render(pusher.switchCamera(), undefined);
  }

  subscribe(listener: (event: MediaRoomEvent) => void): Unsubscribe {
    return this.listeners.add(listener);
  }

  /** Remote players start unmuted (since SDK 1.1.6), so every player is set to the plan, new ones included. */
  private applyPlan(): void {
    const sdk = this.sdk;
    if (!sdk) return;
    for (const player of sdk.getPlayerList()) {
      const entry = this.plan.find((wanted) => wanted.userId === player.userID && wanted.source === sourceOf(player.streamType));
      const muteVideo = !entry?.video;
      // The SDK unmutes an aux player on purpose (1.1.3: Android phones heard nothing of a screen
      // share otherwise); a board that plays keeps its sound.
      const muteAudio = player.streamType === 'aux' ? !entry : !entry?.audio;
      if (player.muteVideo !== muteVideo || player.muteAudio !== muteAudio) sdk.setPlayerAttributes(player.id, { muteVideo, muteAudio });
    }
    this.readings.keepPlayers(sdk.getPlayerList());
    void this.render(undefined, sdk.getPlayerList());
  }

  private render(pusher: TrtcAttributes | undefined, players: readonly TrtcAttributes[] | undefined): Promise<void> {
    return this.binding.render(pusher && { ...pusher, ...this.videoSize }, players);
  }

  private listen(sdk: TrtcSdk): void {
    const { EVENT } = sdk;
    const on = (name: string, handler: (event: TrtcEvent) => void) => {
      sdk.on(name, handler);
      this.stopListening.push(() => sdk.off(name, handler));
    };
    on(EVENT.LOCAL_JOIN, () => {
      this.join?.succeed();
      this.connection.entered();
    });
    on(EVENT.ERROR, (event) => this.error(event));
    for (const name of [
      EVENT.REMOTE_VIDEO_ADD,
      EVENT.REMOTE_VIDEO_REMOVE,
      EVENT.REMOTE_AUDIO_ADD,
      EVENT.REMOTE_AUDIO_REMOVE,
      EVENT.REMOTE_USER_LEAVE,
    ]) {
      on(name, (event) => this.streamsChanged(event));
    }
    on(EVENT.LOCAL_AUDIO_VOLUME_UPDATE, (event) => this.readings.localVolume(event, this.userId));
    on(EVENT.REMOTE_AUDIO_VOLUME_UPDATE, (event) => this.readings.remoteVolumes(event));
    on(EVENT.LOCAL_NET_STATE_UPDATE, (event) => this.readings.localNetwork(event, this.publishing.mic || this.publishing.camera));
    on(EVENT.REMOTE_NET_STATE_UPDATE, (event) => this.readings.remoteNetwork(event));
    this.stopListening.push(
      this.binding.onPusherCode(({ code, message }) => {
        if (this.connection.pusherCode(code, message, this.join) === 'unread') this.logger.info('media.pusher_code', { code, message });
      }),
    );
  }

  private streamsChanged(event: TrtcEvent): void {
    const changed = this.sdk ? this.streams.apply(event, this.sdk.EVENT) : [];
    this.applyPlan();
    for (const stream of changed) this.listeners.emit({ type: 'stream', stream });
  }

  /** The SDK's ERROR: what the raw code already settles (refusals, a lost room) is not reported twice. */
  private error(event: TrtcEvent): void {
    const message = String(event.data?.message ?? '');
    const code = Number(event.data?.code);
    if (pusherVerdict(code, message).kind !== 'nothing') return;
    const device = deviceFailureOf(code);
    if (device) {
      this.logger.warn('media.device_failed', { code, message });
      return this.listeners.emit({ type: 'device-failed', ...device });
    }
    this.listeners.emit({ type: 'error', code: `TRTC.${event.data?.code ?? 'unknown'}`, message });
  }
}
