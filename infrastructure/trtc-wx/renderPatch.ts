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

export interface RenderState {
  readonly pusher: TrtcAttributes;
  readonly players: readonly TrtcAttributes[];
}

export function pick(source: TrtcAttributes, fields: readonly string[]): TrtcAttributes {
  const picked: TrtcAttributes = {};
  for (const field of fields) if (source[field] !== undefined) picked[field] = source[field];
  return picked;
}

/**
 * The smallest setData payload that turns `before` into `after`: changed fields by path
 * (`pusher.enableMic`, `players[2].muteVideo`), or the whole list when players come or go,
 * because setData cannot delete an array element by path.
 */
export function renderPatch(before: RenderState, after: RenderState): TrtcAttributes {
  const patch: TrtcAttributes = {};
  const removedPusherField = Object.keys(before.pusher).some((field) => !(field in after.pusher));
  if (removedPusherField) patch.pusher = after.pusher;
  else for (const [field, value] of Object.entries(after.pusher)) if (before.pusher[field] !== value) patch[`pusher.${field}`] = value;
  const sameIds = before.players.length === after.players.length && before.players.every((player, i) => player.id === after.players[i].id);
  if (!sameIds) {
    patch.players = after.players;
    return patch;
  }
  after.players.forEach((player, i) => {
    for (const [field, value] of Object.entries(player)) if (before.players[i][field] !== value) patch[`players[${i}].${field}`] = value;
  });
  return patch;
}
