import { Device } from '../../domain/classroom/Permission';
import {
  AppLifecyclePort,
  DeviceAccess,
  DevicePermissionPort,
  NetworkStatusPort,
  ScreenPort,
} from '../../application/ports/PlatformPorts';
import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { Listeners } from './Listeners';

/** The phone's answers to camera and microphone prompts, set by the test or the emulator. */
export class LocalDevicePermissions implements DevicePermissionPort {
  readonly access: Record<Device, DeviceAccess> = { mic: 'granted', camera: 'granted' };
  settingsOpened = 0;

  async request(device: Device): Promise<DeviceAccess> {
    return this.access[device];
  }

  async openSettings(): Promise<void> {
    this.settingsOpened += 1;
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
