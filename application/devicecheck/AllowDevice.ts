import { Device } from '../../domain/classroom/Permission';
import { DevicePermissionPort, DeviceStatus } from '../ports/PlatformPorts';

/**
 * The student allows a device before class: the phone's prompt when it was never asked; once
 * refused, WeChat asks no more, so the settings page is the only way, and it is read again after.
 */
export class AllowDevice {
  constructor(private readonly permissions: DevicePermissionPort) {}

  async execute(device: Device): Promise<DeviceStatus> {
    const now = await this.permissions.status(device);
    if (now === 'ask') return this.permissions.ask(device);
    if (now === 'refused') await this.permissions.openSettings();
    return this.permissions.status(device);
  }
}
