import { MediaRoomEvent } from '../ports/MediaRoomPort';
import { Logger } from '../ports/PlatformPorts';
import { LessonSession } from '../session/LessonSession';
import { Reconnection } from '../reconnect/Reconnection';

const DEVICE_FAILURE_NOTICE = {
  denied: { camera: 'CAMERA_DENIED', mic: 'MIC_DENIED' },
  failed: { camera: 'CAMERA_FAILED', mic: 'MIC_FAILED' },
} as const;

/** Streams, volume, network quality and room state as the media room reports them. */
export class HandleMediaRoomEvent {
  constructor(
    private readonly session: LessonSession,
    private readonly reconnection: Reconnection,
    private readonly logger: Logger,
  ) {}

  execute(event: MediaRoomEvent): void {
    if (!this.session.hasClassroom) return;
    switch (event.type) {
      case 'stream':
        this.session.change((classroom) => classroom.updateStream(event.stream));
        return;
      case 'volume':
        this.session.setVolumes(event.levels);
        return;
      case 'network':
        this.session.setNetworkQuality(event.quality);
        return;
      case 'connection':
        this.reconnection.report('media', event.state);
        return;
      case 'kicked':
        this.session.change((classroom) => classroom.finish('removed'));
        return;
      case 'device-failed':
        // Off, so the student is not shown a device that sends nothing; they may try again once it is fixed.
        this.session.change((classroom) => classroom.setMyDevice(event.device, false));
        this.session.tell(DEVICE_FAILURE_NOTICE[event.why][event.device]);
        return;
      case 'error':
        this.logger.error('media.error', { code: event.code, message: event.message });
        this.session.tell('MEDIA_ERROR');
        return;
    }
  }
}
