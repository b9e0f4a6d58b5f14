import { MediaRoomEvent } from '../../application/ports/MediaRoomPort';
import { PortError } from '../../application/ports/PortError';
import { ConnectionState } from '../../application/ports/Unsubscribe';
import { pusherVerdict } from './pusherVerdict';
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

  pusherCode(code: number, message: string, join: TrtcJoin | undefined): void {
    const verdict = pusherVerdict(code, message);
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
