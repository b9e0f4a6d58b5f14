import { Device } from '../../domain/classroom/Permission';
import { Unsubscribe } from './Unsubscribe';

export type DeviceAccess = 'granted' | 'denied';

/** Where the phone's permission stands: given, refused (only the settings page changes that), or never asked. */
export type DeviceStatus = 'allowed' | 'refused' | 'ask';

/** The phone's own permission for the camera and microphone, separate from the teacher's. */
export interface DevicePermissionPort {
  /** For a device the teacher granted: asks if never asked, explains a refusal and offers the settings page. */
  request(device: Device): Promise<DeviceAccess>;
  openSettings(): Promise<void>;
  /** Reads the permission without asking. */
  status(device: Device): Promise<DeviceStatus>;
  /** Asks the phone's prompt if it was never asked, without any explanation; answers where it stands then. */
  ask(device: Device): Promise<DeviceStatus>;
}

/** A short check that the microphone hears the student: record a moment and play it back, publishing nothing. */
export interface MicrophoneTestPort {
  recordAndPlayBack(ms: number): Promise<'played' | 'failed'>;
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
