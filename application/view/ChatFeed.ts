import { Classroom } from '../../domain/classroom/Classroom';
import { ChatMessage } from '../../domain/chat/ChatMessage';
import { Clock } from '../ports/PlatformPorts';
import { CHAT_CATCH_UP_MS, ChatWindow } from './ChatWindow';
import { LessonView } from './LessonView';
import { NameOf } from './names';
import { ChatLineCache, chatLinesOf } from './viewParts';

type ChatParts = Pick<LessonView, 'chat' | 'chatReading'>;

/**
 * The chat part of the lesson view: the window over the classroom's chat log in lines, made again
 * only when the messages changed or the window moved, and the student's reading back. After a
 * burst it asks for the view again each beat (`again`) until the window shows the newest line.
 */
export class ChatFeed {
  private readonly window = new ChatWindow();
  private from: readonly ChatMessage[] | undefined;
  /** The lines of the window last made: the next window reuses them (only those, so nothing grows). */
  private lines: ChatLineCache = new Map();
  private last: ChatParts = { chat: [], chatReading: null };
  private catchingUp = false;

  constructor(
    private readonly clock: Clock,
    private readonly again: () => void,
  ) {}

  /** The chat lines of the view now; the same lines when nothing moved. */
  of(classroom: Classroom, nameOf: NameOf): ChatParts {
    const messages = classroom.chat.messages;
    if (messages !== this.from) {
      this.from = messages;
      this.last = this.parts(this.window.select(messages, this.clock.now()), classroom, nameOf);
    }
    if (this.window.behind) this.catchUp();
    return this.last;
  }

  /** The student scrolled up: what they read stays on the page. */
  readBack(): void {
    this.window.readBack();
    this.from = undefined;
  }

  /** Back to the newest lines (the bottom reached, or 有新消息 tapped). */
  follow(): void {
    this.window.follow();
    this.from = undefined;
  }

  /** Reading back at the top of the window: older lines, while the chat log holds them; false when there are none. */
  earlier(classroom: Classroom): boolean {
    if (!this.window.earlier(classroom.chat.messages)) return false;
    this.from = undefined;
    return true;
  }

  private parts(window: readonly ChatMessage[], classroom: Classroom, nameOf: NameOf): ChatParts {
    const { isFollowing, unread, keep } = this.window;
    const chat = chatLinesOf(window, classroom.me, nameOf, this.lines);
    this.lines = new Map(window.map((message, index) => [message, chat[index]]));
    return { chat, chatReading: isFollowing ? null : { unread, keep } };
  }

  private catchUp(): void {
    if (this.catchingUp) return;
    this.catchingUp = true;
    void this.clock.delay(CHAT_CATCH_UP_MS).then(() => {
      this.catchingUp = false;
      this.from = undefined;
      this.again();
    });
  }
}
