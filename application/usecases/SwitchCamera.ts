import { fail, ok, Result } from '../../domain/shared/Result';
import { MediaRoomPort } from '../ports/MediaRoomPort';
import { Logger } from '../ports/PlatformPorts';
import { LessonSession } from '../session/LessonSession';

/** Front/back camera; only meaningful while my camera is being published. */
export class SwitchCamera {
  constructor(
    private readonly session: LessonSession,
    private readonly media: MediaRoomPort,
    private readonly logger: Logger,
  ) {}

  async execute(): Promise<Result> {
    if (!this.session.classroom.publishing().camera) return fail('DEVICE.NOT_ALLOWED');
    try {
      await this.media.switchCamera();
      return ok();
    } catch (error) {
      this.logger.warn('media.switch_camera_failed', { error: String(error) });
      return fail('MEDIA.FAILED');
    }
  }
}
