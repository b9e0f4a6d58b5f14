import { MediaRoomPort } from '../ports/MediaRoomPort';
import { LessonSession } from '../session/LessonSession';
import { LessonTickets } from './LessonTickets';

/**
 * The media room back. Entered again if the SDK gave up, forgetting the streams seen before so
 * the room's own report decides who is live; then what is still permitted is published again and
 * the current plan played, whether or not the SDK kept them.
 */
export class RestoreMedia {
  constructor(private readonly media: MediaRoomPort, private readonly session: LessonSession, private readonly tickets: LessonTickets) {}

  async execute(how: 'resumed' | 'rejoined'): Promise<void> {
    if (how === 'rejoined') {
      const ticket = await this.tickets.mediaTicket();
      this.session.change((classroom) => classroom.forgetStreams());
      await this.media.enter(ticket);
    }
    this.session.resyncMedia();
  }
}
