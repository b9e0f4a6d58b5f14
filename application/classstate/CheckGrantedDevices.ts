import { DEVICES } from '../../domain/classroom/Permission';
import { DevicePermissionPort } from '../ports/PlatformPorts';
import { LessonSession } from '../session/LessonSession';

/** The phone may still refuse the devices the teacher granted; the student then stays on stage without them. */
export class CheckGrantedDevices {
  constructor(
    private readonly session: LessonSession,
    private readonly permissions: DevicePermissionPort,
  ) {}

  async execute(): Promise<void> {
    for (const device of DEVICES) {
      const mine = this.session.classroom.stage.find(this.session.classroom.me);
      if (!mine?.permission.allows(device)) continue;
      if ((await this.permissions.request(device)) === 'granted') continue;
      this.session.change((classroom) => classroom.setMyDevice(device, false));
      this.session.tell(device === 'camera' ? 'CAMERA_DENIED' : 'MIC_DENIED');
    }
  }
}
