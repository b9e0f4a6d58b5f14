import { Device, DEVICES } from '../../domain/classroom/Permission';
import { DeviceAccess, DevicePermissionPort, DeviceStatus, MicrophoneTestPort } from '../../application/ports/PlatformPorts';

/**
 * The phone's camera and microphone permissions, set by the test or the emulator: each is allowed,
 * refused or not asked yet; a prompt is answered as `answers.prompt` says, and stays answered; the
 * settings page allows both when `answers.settings` is true. Shared: the local family's phone, and
 * the device check's where the runtime has no `wx` (the browser preview).
 */
export class LocalDevicePermissions implements DevicePermissionPort, MicrophoneTestPort {
  readonly states: Record<Device, DeviceStatus> = { mic: 'allowed', camera: 'allowed' };
  answers = { prompt: true, settings: true };
  settingsOpened = 0;

  async request(device: Device): Promise<DeviceAccess> {
    return (await this.ask(device)) === 'allowed' ? 'granted' : 'denied';
  }

  async openSettings(): Promise<void> {
    this.settingsOpened += 1;
    if (this.answers.settings) for (const device of DEVICES) this.states[device] = 'allowed';
  }

  async status(device: Device): Promise<DeviceStatus> {
    return this.states[device];
  }

  async ask(device: Device): Promise<DeviceStatus> {
    if (this.states[device] === 'ask') this.states[device] = this.answers.prompt ? 'allowed' : 'refused';
    return this.states[device];
  }

  /** Nothing to record in memory: the test plays back when the microphone is allowed. */
  async recordAndPlayBack(): Promise<'played' | 'failed'> {
    return this.states.mic === 'allowed' ? 'played' : 'failed';
  }
}
