import { KickedOfflineReason } from '../../application/ports/ChatPort';
import { ConnectionState } from '../../application/ports/Unsubscribe';
import { TimFactory } from './TimSdk';

/** KICKED_OUT's `type` in the lesson's words. */
export function kickReasonOf(data: unknown, TYPES: TimFactory['TYPES']): KickedOfflineReason {
  const type = (data as { type?: unknown } | undefined)?.type;
  if (type === TYPES.KICKED_OUT_MULT_ACCOUNT || type === TYPES.KICKED_OUT_MULT_DEVICE) return 'multipleAccount';
  if (type === TYPES.KICKED_OUT_USERSIG_EXPIRED) return 'userSigExpired';
  // The app's own server logged the student out through IM's REST API (`kick`): the school removed them.
  if (type === TYPES.KICKED_OUT_REST_API) return 'removedByServer';
  return 'other';
}

/** NET_STATE_CHANGE's `state` in the lesson's words. */
export function connectionStateOf(data: unknown, TYPES: TimFactory['TYPES']): ConnectionState {
  const state = (data as { state?: unknown } | undefined)?.state;
  if (state === TYPES.NET_STATE_CONNECTED) return 'connected';
  if (state === TYPES.NET_STATE_CONNECTING) return 'reconnecting';
  return 'disconnected';
}
