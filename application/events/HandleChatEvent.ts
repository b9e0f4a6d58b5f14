import { ChatEvent } from '../ports/ChatPort';
import { LessonSession } from '../session/LessonSession';
import { HandleConnectionChange } from './HandleConnectionChange';

/** Classmates' and the teacher's chat, member joins and leaves, and the messaging connection. */
export class HandleChatEvent {
  constructor(private readonly session: LessonSession, private readonly connection: HandleConnectionChange) {}

  execute(event: ChatEvent): void {
    if (!this.session.hasClassroom) return;
    switch (event.type) {
      case 'message':
        if (event.message.from === this.session.classroom.me) return;
        if (this.session.classroom.chat.has(event.message.id)) return;
        this.session.change((classroom) => classroom.receiveChat({ ...event.message }));
        return;
      case 'members-joined':
        if (event.count !== undefined) this.setCount(event.count);
        return;
      case 'members-left':
        this.session.change((classroom) => {
          for (const userId of event.userIds) classroom.memberLeft(userId);
          if (event.count !== undefined) classroom.memberCount = event.count;
        });
        return;
      case 'member-count':
        this.setCount(event.count);
        return;
      case 'connection':
        this.connection.execute('im', event.state);
        return;
      case 'kicked-offline':
        // An expired signature is a lost connection until it is renewed; another login ends this one.
        if (event.reason === 'userSigExpired') return this.connection.execute('im', 'disconnected');
        this.session.change((classroom) => classroom.finish('logged-in-elsewhere'));
        return;
    }
  }

  private setCount(count: number): void {
    if (count === this.session.classroom.memberCount) return;
    this.session.change((classroom) => {
      classroom.memberCount = count;
    });
  }
}
