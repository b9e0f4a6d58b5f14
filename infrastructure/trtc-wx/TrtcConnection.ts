import { MediaRoomEvent } from '../../application/ports/MediaRoomPort';
import { PortError } from '../../application/ports/PortError';
import { ConnectionState } from '../../application/ports/Unsubscribe';
import { PusherVerdict, pusherVerdict } from './pusherVerdict';

/**
 * Codes that say nothing worth a log line: the pusher's progress (1001–1008, 2003–2007), the
 * room's user list (1020, 1031–1034, read by the SDK), camera and microphone errors (the SDK's
 * ERROR, read by the media room), a normal exit (1019).
 */
const ROUTINE = new Set([
  0, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1018, 1019, 1020, 1031, 1032, 1033, 1034, 2003, 2004, 2007, -1301, -1302,
]);
import { TrtcJoin } from '../shared/TrtcJoin';

/**
 * The room's connection as the raw <live-pusher> codes tell it (pusherVerdict): an entry in
 * flight is failed by a refusal or a lost room; inside the room they become `disconnected`, which
 * `Reconnection` answers by entering again. Only changes are reported.
 */
export class TrtcConnection {
  private state: ConnectionState = 'disconnected';

  constructor(private readonly emit: (event: MediaRoomEvent) => void) {}

  entered(): void {
    this.set('connected');
  }

  /** Leaving is not news: the lesson asked for it. */
  left(): void {
    this.state = 'disconnected';
  }

  /** `unread` for a code that changes nothing here, which the caller logs (1022, 3002, 4998, 4999 are seen in the field, undocumented). */
  pusherCode(code: number, message: string, join: TrtcJoin | undefined): 'read' | 'unread' {
    const verdict = pusherVerdict(code, message);
    this.apply(code, verdict, join);
    return verdict.kind === 'nothing' && !ROUTINE.has(code) ? 'unread' : 'read';
  }

  private apply(code: number, verdict: PusherVerdict, join: TrtcJoin | undefined): void {
    switch (verdict.kind) {
      case 'refused':
        if (join?.fail(verdict.error)) return;
        return this.set('disconnected');
      case 'lost':
        if (join?.fail(new PortError('NETWORK', `the media room was lost while entering (${code})`))) return;
        return this.set('disconnected');
      case 'reconnecting':
        return this.set('reconnecting');
      case 'connected':
        if (this.state === 'reconnecting') this.set('connected');
        return;
      case 'removed':
        // A dismissed room is 'lost' instead: entered again, and if the class is over the teacher's endClass says so.
        return this.emit({ type: 'kicked' });
    }
  }

  private set(state: ConnectionState): void {
    if (state === this.state) return;
    this.state = state;
    this.emit({ type: 'connection', state });
  }
}
