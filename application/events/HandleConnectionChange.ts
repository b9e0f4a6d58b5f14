import { LessonSession } from '../session/LessonSession';
import { ConnectionState } from '../ports/Unsubscribe';

export type Service = 'im' | 'media';

/** The lesson is reconnecting while either service is down, and back when both are up. */
export class HandleConnectionChange {
  private readonly states: Record<Service, ConnectionState> = { im: 'connected', media: 'connected' };

  constructor(private readonly session: LessonSession) {}

  execute(service: Service, state: ConnectionState): void {
    if (this.states[service] === state) return;
    this.states[service] = state;
    if (!this.session.hasClassroom) return;
    const allUp = this.states.im === 'connected' && this.states.media === 'connected';
    this.session.change((classroom) => (allUp ? classroom.connectionRestored() : classroom.connectionLost()));
  }

  reset(): void {
    this.states.im = 'connected';
    this.states.media = 'connected';
  }
}
