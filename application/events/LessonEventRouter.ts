import { ChatPort } from '../ports/ChatPort';
import { ClassControlPort } from '../ports/ClassControlPort';
import { MediaRoomPort } from '../ports/MediaRoomPort';
import { Logger } from '../ports/PlatformPorts';
import { Unsubscribe } from '../ports/Unsubscribe';
import { WhiteboardPort } from '../ports/WhiteboardPort';
import { HandleBoardChange } from './HandleBoardChange';
import { HandleChatEvent } from './HandleChatEvent';
import { HandleClassControlEvent } from './HandleClassControlEvent';
import { HandleMediaRoomEvent } from './HandleMediaRoomEvent';

/**
 * Connects the ports' events to their handlers for the length of one lesson. A handler that
 * throws is logged and the event dropped: one bad event must not stop the ones after it.
 */
export class LessonEventRouter {
  private subscriptions: Unsubscribe[] = [];

  constructor(
    private readonly ports: { media: MediaRoomPort; chat: ChatPort; control: ClassControlPort; whiteboard: WhiteboardPort },
    private readonly handlers: {
      media: HandleMediaRoomEvent;
      chat: HandleChatEvent;
      control: HandleClassControlEvent;
      board: HandleBoardChange;
    },
    private readonly logger: Logger,
  ) {}

  attach(): void {
    this.detach();
    this.subscriptions = [
      this.ports.media.subscribe((event) => this.guard('media', () => this.handlers.media.execute(event))),
      this.ports.chat.subscribe((event) => this.guard('chat', () => this.handlers.chat.execute(event))),
      this.ports.control.subscribe((event) => this.guard('control', () => this.handlers.control.execute(event))),
      this.ports.whiteboard.subscribe((state) => this.guard('board', () => this.handlers.board.execute(state))),
    ];
  }

  detach(): void {
    for (const unsubscribe of this.subscriptions) unsubscribe();
    this.subscriptions = [];
  }

  private guard(source: string, handle: () => void | Promise<void>): void {
    try {
      const pending = handle();
      if (pending) pending.catch((error) => this.logger.error('event.handler_failed', { source, error: String(error) }));
    } catch (error) {
      this.logger.error('event.handler_failed', { source, error: String(error) });
    }
  }
}
