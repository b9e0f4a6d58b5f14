import { Device, DEVICES } from '../../domain/classroom/Permission';
import { DevicePermissionPort, DeviceStatus } from '../ports/PlatformPorts';

export type DeviceCheck = Readonly<Record<Device, DeviceStatus>>;

/** Before class: where the phone's camera and microphone permissions stand, read without asking. */
export class CheckDevices {
  constructor(private readonly permissions: DevicePermissionPort) {}

  async execute(): Promise<DeviceCheck> {
    const [mic, camera] = await Promise.all(DEVICES.map((device) => this.permissions.status(device)));
    return { mic, camera };
  }
}
