import { AppLifecyclePort, NetworkStatusPort, ScreenPort } from '../../application/ports/PlatformPorts';
import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { Listeners } from '../shared/Listeners';

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
