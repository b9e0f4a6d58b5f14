import { ChatPort } from '../ports/ChatPort';
import { ClassControlPort } from '../ports/ClassControlPort';
import { MediaRoomPort } from '../ports/MediaRoomPort';
import { AppLifecyclePort, Logger, NetworkStatusPort } from '../ports/PlatformPorts';
import { Reconnection } from '../reconnect/Reconnection';
import { HandleAppLifecycle } from './HandleAppLifecycle';
import { Unsubscribe } from '../ports/Unsubscribe';
import { WhiteboardPort } from '../ports/WhiteboardPort';
import { HandleBoardChange } from './HandleBoardChange';
import { HandleChatEvent } from './HandleChatEvent';
import { HandleClassControlEvent } from './HandleClassControlEvent';
import { HandleMediaRoomEvent } from './HandleMediaRoomEvent';

export interface RoutedPorts {
  readonly media: MediaRoomPort;
  readonly chat: ChatPort;
  readonly control: ClassControlPort;
  readonly whiteboard: WhiteboardPort;
  readonly lifecycle: AppLifecyclePort;
  readonly network: NetworkStatusPort;
}

/**
 * Connects the ports' events to their handlers for the length of one lesson. A handler that
 * throws is logged and the event dropped: one bad event must not stop the ones after it.
 * Once the lesson is over the services are no longer heard, but the app's hiding and showing
 * still are, until the next lesson: an ending that came while hidden is told on return.
 */
export class LessonEventRouter {
  private subscriptions: Unsubscribe[] = [];
  private lifecycle: Unsubscribe | undefined;

  constructor(
    private readonly ports: RoutedPorts,
    private readonly handlers: {
      media: HandleMediaRoomEvent;
      chat: HandleChatEvent;
      control: HandleClassControlEvent;
      board: HandleBoardChange;
      lifecycle: HandleAppLifecycle;
      reconnection: Reconnection;
    },
    private readonly logger: Logger,
  ) {}

  attach(): void {
    this.detach();
    this.lifecycle = this.ports.lifecycle.subscribe((state) => this.guard('lifecycle', () => this.handlers.lifecycle.execute(state)));
    this.subscriptions = [
      this.ports.media.subscribe((event) => this.guard('media', () => this.handlers.media.execute(event))),
      this.ports.chat.subscribe((event) => this.guard('chat', () => this.handlers.chat.execute(event))),
      this.ports.control.subscribe((event) => this.guard('control', () => this.handlers.control.execute(event))),
      this.ports.whiteboard.subscribe((state) => this.guard('board', () => this.handlers.board.execute(state))),
      this.ports.network.subscribe((online) =>
        this.guard('network', () => {
          if (online) this.handlers.reconnection.networkBack();
        }),
      ),
    ];
  }

  /** The lesson is over: its services fall silent. */
  detachServices(): void {
    for (const unsubscribe of this.subscriptions) unsubscribe();
    this.subscriptions = [];
  }

  detach(): void {
    this.detachServices();
    this.lifecycle?.();
    this.lifecycle = undefined;
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
