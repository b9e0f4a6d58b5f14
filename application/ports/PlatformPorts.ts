import { Device } from '../../domain/classroom/Permission';
import { Unsubscribe } from './Unsubscribe';

export type DeviceAccess = 'granted' | 'denied';

/** The phone's own permission for the camera and microphone, separate from the teacher's. */
export interface DevicePermissionPort {
  request(device: Device): Promise<DeviceAccess>;
  openSettings(): Promise<void>;
}

export interface AppLifecyclePort {
  subscribe(listener: (state: 'foreground' | 'background') => void): Unsubscribe;
}

export interface NetworkStatusPort {
  subscribe(listener: (online: boolean) => void): Unsubscribe;
}

export interface ScreenPort {
  keepOn(on: boolean): void;
}

export interface Clock {
  now(): number;
  delay(ms: number): Promise<void>;
}

export interface Logger {
  info(event: string, detail?: Record<string, unknown>): void;
  warn(event: string, detail?: Record<string, unknown>): void;
  error(event: string, detail?: Record<string, unknown>): void;
}
