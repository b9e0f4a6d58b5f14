import { ChatEvent, IncomingChat } from '../ports/ChatPort';
import { LessonTickets } from '../reconnect/LessonTickets';
import { Reconnection } from '../reconnect/Reconnection';
import { LessonSession } from '../session/LessonSession';
import { FloodGuard } from './FloodGuard';
import { InputDropLog } from './InputDropLog';
import { readIncomingChat } from './readIncomingChat';

/** Classmates' and the teacher's chat, member joins and leaves, and the messaging connection. */
export class HandleChatEvent {
  constructor(
    private readonly session: LessonSession,
    private readonly reconnection: Reconnection,
    private readonly tickets: LessonTickets,
    private readonly flood: FloodGuard,
    private readonly drops: InputDropLog,
  ) {}

  execute(event: ChatEvent): void {
    if (!this.session.hasClassroom) return;
    switch (event.type) {
      case 'message':
        return this.receive(event.message);
      case 'members-joined':
        if (event.count !== undefined) this.setCount(event.count);
        return;
      // Leaving the group is not leaving the stage: a co-host whose network blips stays where
      // the teacher put them, and only the staff's commands and state move anyone.
      case 'members-left':
        if (event.count !== undefined) this.setCount(event.count);
        return;
      case 'member-count':
        this.setCount(event.count);
        return;
      case 'connection':
        this.reconnection.report('im', event.state);
        return;
      case 'kicked-offline':
        // An expired signature is renewed quietly; another login ends this one for good.
        if (event.reason === 'userSigExpired') {
          this.tickets.signatureRefused();
          return this.reconnection.renew('im');
        }
        this.session.change((classroom) => classroom.finish(event.reason === 'removedByServer' ? 'removed' : 'logged-in-elsewhere'));
        return;
      case 'group-lost':
        if (event.why === 'removed') return void this.session.change((classroom) => classroom.finish('removed'));
        // A group that is gone is joined again like a lost connection; the state read then says whether the class is over.
        this.session.tell('GROUP_LOST');
        return this.reconnection.report('im', 'disconnected');
    }
  }

  /**
   * Messages the service hands over as the student first joins are the chat before they came
   * (earlier), their own lines from another session included; handed over again on a later
   * rejoin, the ones not seen yet were missed while away and are taken as ordinary arrivals.
   */
  private receive(incoming: IncomingChat): void {
    const classroom = this.session.classroom;
    const earlier = incoming.earlier === true && classroom.status === 'joining';
    if ((incoming.from === classroom.me && !earlier) || classroom.chat.has(incoming.id)) return;
    // The hole is news even when the line that showed it is refused below.
    if (incoming.afterGap && typeof incoming.id === 'string' && Number.isFinite(incoming.at)) {
      this.session.change((current) => current.chat.markGapBefore(incoming));
    }
    const message = readIncomingChat(incoming);
    if (typeof message === 'string') return this.drops.dropped(message, { from: incoming.from });
    if (!this.flood.admits(message.from, message.at)) return;
    this.session.change((current) => current.receiveChat({ ...message, ...(earlier ? { earlier: true as const } : {}) }));
  }

  private setCount(count: number): void {
    if (count === this.session.classroom.memberCount) return;
    this.session.change((classroom) => {
      classroom.memberCount = count;
    });
  }
}
