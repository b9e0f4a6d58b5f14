import { Classroom, Publishing } from '../../domain/classroom/Classroom';
import { Logger } from '../ports/PlatformPorts';
import { MediaRoomPort } from '../ports/MediaRoomPort';

const NOTHING: Publishing = { mic: false, camera: false };

/**
 * Keeps the media room in step with the classroom after every change. Calls go out in the same
 * tick as the change, so a revoke stops publishing at once, and only when something differs.
 */
export class MediaSync {
  private published: Publishing = NOTHING;
  private played = '[]';

  constructor(
    private readonly media: MediaRoomPort,
    private readonly logger: Logger,
  ) {}

  sync(classroom: Classroom, force = false): void {
    const wanted = classroom.publishing();
    if (force || wanted.mic !== this.published.mic || wanted.camera !== this.published.camera) {
      this.published = wanted;
      this.media.publish(wanted).catch((error) => this.logger.error('media.publish_failed', { wanted, error: String(error) }));
    }
    const plan = classroom.playback();
    const key = JSON.stringify(plan);
    if (force || key !== this.played) {
      this.played = key;
      this.media.play(plan);
    }
  }

  /** After the room is left or re-entered nothing is published or played until the next sync. */
  reset(): void {
    this.published = NOTHING;
    this.played = '[]';
  }
}
