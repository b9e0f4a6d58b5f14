import { TrtcAttributes } from './TrtcSdk';

/** <live-pusher> attributes the page binds; net status and volume change every second and are left out. */
export const PUSHER_FIELDS = [
  'url',
  'mode',
  'autopush',
  'enableCamera',
  'enableMic',
  'enableAgc',
  'enableAns',
  'enableEarMonitor',
  'enableAutoFocus',
  'enableZoom',
  'minBitrate',
  'maxBitrate',
  'videoWidth',
  'videoHeight',
  'beautyLevel',
  'whitenessLevel',
  'videoOrientation',
  'videoAspect',
  'frontCamera',
  'enableRemoteMirror',
  'localMirror',
  'enableBackgroundMute',
  'audioQuality',
  'audioVolumeType',
  'audioReverbType',
  'waitingImage',
] as const;

/** <live-player> attributes the page binds, plus what it needs to lay players out. */
export const PLAYER_FIELDS = [
  'id',
  'streamID',
  'userID',
  'streamType',
  'src',
  'mode',
  'autoplay',
  'muteAudio',
  'muteVideo',
  'orientation',
  'objectFit',
  'enableBackgroundMute',
  'minCache',
  'maxCache',
  'soundMode',
  'enableRecvMessage',
  'autoPauseIfNavigate',
  'autoPauseIfOpenNative',
  'hasVideo',
  'hasAudio',
] as const;

/** The <live-pusher> and <live-player> attributes the page binds, as the SDK last left them. */
export interface MediaAttributes {
  readonly pusher: TrtcAttributes;
  readonly players: readonly TrtcAttributes[];
}

export function pick(source: TrtcAttributes, fields: readonly string[]): TrtcAttributes {
  const picked: TrtcAttributes = {};
  for (const field of fields) if (source[field] !== undefined) picked[field] = source[field];
  return picked;
}
