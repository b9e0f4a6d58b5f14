import { PlaybackEntry } from '../../domain/classroom/PlaybackPlan';
import { Publishing } from '../../domain/classroom/Classroom';
import { Stream } from '../../domain/classroom/Stream';
import { Device } from '../../domain/classroom/Permission';
import { ConnectionState, Unsubscribe } from './Unsubscribe';

/**
 * How the room is run: `live` for a class (one or a few speak, many listen; large rooms),
 * `videocall` for a small room where everyone talks. Every client of a room must use the same one.
 */
export type MediaScene = 'live' | 'videocall';

export interface MediaTicket {
  readonly sdkAppId: number;
  readonly roomId: string;
  readonly scene?: MediaScene;
  readonly userId: string;
  readonly userSig: string;
}

export interface VolumeLevel {
  readonly userId: string;
  /** 0–100 */
  readonly volume: number;
}

export type NetworkQuality = 'good' | 'fair' | 'poor' | 'down' | 'unknown';

export type MediaRoomEvent =
  | { readonly type: 'stream'; readonly stream: Stream }
  | { readonly type: 'volume'; readonly levels: readonly VolumeLevel[] }
  | { readonly type: 'network'; readonly quality: NetworkQuality }
  | { readonly type: 'connection'; readonly state: ConnectionState }
  | { readonly type: 'kicked' }
  /** My camera or microphone cannot be used: the phone refused it (`denied`) or it failed to open. */
  | { readonly type: 'device-failed'; readonly device: Device; readonly why: 'denied' | 'failed' }
  | { readonly type: 'error'; readonly code: string; readonly message: string };

/** The audio/video room. `publish` and `play` take the whole desired state, so repeating them is harmless. */
export interface MediaRoomPort {
  enter(ticket: MediaTicket): Promise<void>;
  leave(): Promise<void>;
  publish(devices: Publishing): Promise<void>;
  play(plan: readonly PlaybackEntry[]): void;
  switchCamera(): Promise<void>;
  subscribe(listener: (event: MediaRoomEvent) => void): Unsubscribe;
}
