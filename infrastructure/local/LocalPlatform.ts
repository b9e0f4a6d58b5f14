import { Device, DEVICES } from '../../domain/classroom/Permission';
import {
  AppLifecyclePort,
  DeviceAccess,
  DevicePermissionPort,
  DeviceStatus,
  MicrophoneTestPort,
  NetworkStatusPort,
  ScreenPort,
} from '../../application/ports/PlatformPorts';
import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { Listeners } from '../shared/Listeners';

/**
 * The phone's camera and microphone permissions, set by the test or the emulator: each is allowed,
 * refused or not asked yet; a prompt is answered as `answers.prompt` says, and stays answered; the
 * settings page allows both when `answers.settings` is true.
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

export class LocalAppLifecycle implements AppLifecyclePort {
  private readonly listeners = new Listeners<'foreground' | 'background'>();

  subscribe(listener: (state: 'foreground' | 'background') => void): Unsubscribe {
    return this.listeners.add(listener);
  }

  emit(state: 'foreground' | 'background'): void {
    this.listeners.emit(state);
  }
}

export class LocalNetworkStatus implements NetworkStatusPort {
  private readonly listeners = new Listeners<boolean>();

  subscribe(listener: (online: boolean) => void): Unsubscribe {
    return this.listeners.add(listener);
  }

  emit(online: boolean): void {
    this.listeners.emit(online);
  }
}

export class LocalScreen implements ScreenPort {
  keptOn = false;

  keepOn(on: boolean): void {
    this.keptOn = on;
  }
}
