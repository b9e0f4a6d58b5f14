import { Result } from '../../domain/shared/Result';
import { DevicePermissionPort } from '../ports/PlatformPorts';
import { LessonSession } from '../session/LessonSession';
import { turnDevice } from './TurnDevice';

export class TurnCamera {
  constructor(
    private readonly session: LessonSession,
    private readonly permissions: DevicePermissionPort,
  ) {}

  execute(on: boolean): Promise<Result> {
    return turnDevice(this.session, this.permissions, 'camera', on);
  }
}
