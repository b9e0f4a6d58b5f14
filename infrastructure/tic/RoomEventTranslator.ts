import { Logger } from '../../application/ports/PlatformPorts';
import { Stream } from '../../domain/classroom/Stream';
import { roomMembers } from './roomMembers';
import { ROOM_EVENT_NAMES, RoomEventName, WebrtcRoomCodes } from './WebrtcRoom';

export type RoomHappening =
  | { readonly kind: 'entered' }
  | { readonly kind: 'streams'; readonly streams: readonly Stream[] }
  | { readonly kind: 'reconnecting' }
  | { readonly kind: 'exited' }
  | { readonly kind: 'error'; readonly name: RoomEventName; readonly detail: unknown };

const live = (userId: string, on: boolean): Stream => ({ userId, source: 'camera', hasVideo: on, hasAudio: on });

/**
 * webrtc-room's events in the media room's terms. The component reports who is in the room
 * (each member's camera feed) but not whether their video or audio is on, so a member counts as
 * sending both. Malformed or unknown events are logged once per kind and dropped.
 */
export class RoomEventTranslator {
  private me = '';
  private members = new Set<string>();
  private readonly reported = new Set<string>();

  constructor(private readonly logger: Logger) {}

  reset(me: string): void {
    this.me = me;
    this.members.clear();
  }

  translate(detail: unknown, codes: WebrtcRoomCodes): RoomHappening | undefined {
    if (typeof detail !== 'object' || detail === null || typeof (detail as { code?: unknown }).code !== 'number') {
      return this.drop('malformed', detail);
    }
    const { code, tag, detail: payload } = detail as { code: number; tag?: unknown; detail?: unknown };
    const name = ROOM_EVENT_NAMES.find((candidate) => codes[candidate] === code);
    if (!name) return this.drop('unknown-code', code);
    if (name.startsWith('ERROR_')) return { kind: 'error', name, detail: payload };
    switch (name) {
      case 'SUCC_JOIN_ROOM':
        return { kind: 'entered' };
      case 'SUCC_MEMBERS_LIST':
        return this.memberList(payload);
      case 'PLAYER_DISCONNECT':
        return typeof payload === 'string'
          ? this.membersNow([...this.members].filter((id) => id !== payload))
          : this.drop('malformed', detail);
      case 'NETWORK_CHANGE':
        // The component re-enters the room by itself; SUCC_JOIN_ROOM follows when it is back.
        return { kind: 'reconnecting' };
      case 'EXIT_ROOM':
        // Posted with tag 'error' when WeChat stops the pusher (live-pusher 5000).
        return tag === 'error' ? { kind: 'exited' } : undefined;
      default:
        return undefined;
    }
  }

  private memberList(payload: unknown): RoomHappening | undefined {
    const ids = roomMembers(payload);
    return ids ? this.membersNow(ids.filter((id) => id !== this.me)) : this.drop('malformed', payload);
  }

  private membersNow(ids: readonly string[]): RoomHappening | undefined {
    const next = new Set(ids);
    const streams = [
      ...[...next].filter((id) => !this.members.has(id)).map((id) => live(id, true)),
      ...[...this.members].filter((id) => !next.has(id)).map((id) => live(id, false)),
    ];
    this.members = next;
    return streams.length ? { kind: 'streams', streams } : undefined;
  }

  private drop(reason: string, sample: unknown): undefined {
    if (!this.reported.has(reason)) {
      this.reported.add(reason);
      this.logger.warn('tic.room_event_dropped', { reason, sample: String(sample).slice(0, 200) });
    }
    return undefined;
  }
}
