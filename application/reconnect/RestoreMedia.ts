import { MediaRoomPort } from '../ports/MediaRoomPort';
import { LessonSession } from '../session/LessonSession';
import { LessonTickets } from './LessonTickets';
import { RestoreWanted } from './Reconnection';

/**
 * The media room back. Entered again if the SDK gave up, forgetting the streams seen before so
 * the room's own report decides who is live; then what is still permitted is published again and
 * the current plan played, whether or not the SDK kept them. A lesson that ended meanwhile leaves
 * the room it just re-entered.
 */
export class RestoreMedia {
  constructor(
    private readonly media: MediaRoomPort,
    private readonly session: LessonSession,
    private readonly tickets: LessonTickets,
  ) {}

  async execute(how: 'resumed' | 'rejoined', wanted: RestoreWanted): Promise<void> {
    if (how === 'rejoined') {
      const ticket = await this.tickets.mediaTicket();
      if (wanted() !== 'yes') return;
      this.session.change((classroom) => classroom.forgetStreams());
      await this.media.enter(ticket);
      if (wanted() === 'ended') return void (await this.media.leave().catch(() => undefined));
    }
    if (wanted() === 'yes') this.session.resyncMedia();
  }
}
