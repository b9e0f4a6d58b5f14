import { ChatImage } from '../../domain/chat/ChatImage';
import { ChatText } from '../../domain/chat/ChatText';
import { fail, ok, Result } from '../../domain/shared/Result';
import { ChatPort, SentChat } from '../ports/ChatPort';
import { Clock, Logger } from '../ports/PlatformPorts';
import { LessonSession } from '../session/LessonSession';

type Outgoing = { readonly kind: 'text'; readonly text: ChatText } | { readonly kind: 'image'; readonly image: ChatImage };

/**
 * My messages from the tap to the service: shown at once as sending, then sent or failed.
 * Written while messaging is away, they wait and go out in order when it is back. A failed
 * message keeps what it needs to be retried, so nothing the student wrote is lost.
 */
export class OutgoingChat {
  private readonly unsent = new Map<string, Outgoing>();
  private readonly waiting: string[] = [];
  private flushing = false;

  constructor(
    private readonly session: LessonSession,
    private readonly chat: ChatPort,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly messagingUp: () => boolean,
  ) {}

  send(outgoing: Outgoing): Promise<Result> {
    const allowed = this.session.classroom.canSendChat();
    if (!allowed.ok) return Promise.resolve(allowed);
    const id = this.session.localMessageId();
    this.unsent.set(id, outgoing);
    this.session.change((classroom) =>
      classroom.receiveChat({
        id,
        from: classroom.me,
        at: this.clock.now(),
        state: 'sending',
        ...(outgoing.kind === 'text' ? { text: outgoing.text.value } : { imageUrl: outgoing.image.path, progress: 0 }),
      }),
    );
    return this.deliverOrWait(id);
  }

  retry(id: string): Promise<Result> {
    const message = this.session.classroom.chat.find(id);
    if (!message || message.state !== 'failed' || !this.unsent.has(id)) return Promise.resolve(fail('CHAT.NOT_FOUND'));
    const allowed = this.session.classroom.canSendChat();
    if (!allowed.ok) return Promise.resolve(allowed);
    this.session.change((classroom) => classroom.chat.update(id, { state: 'sending', failedBecause: undefined }));
    return this.deliverOrWait(id);
  }

  /** Messaging is back: what the student wrote meanwhile goes out, one after another, in order. */
  async sendWaiting(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.waiting.length > 0 && this.messagingUp() && this.session.classroom.isActive) await this.deliver(this.waiting.shift()!);
    } finally {
      this.flushing = false;
    }
  }

  /** The lesson is over: what still waits can no longer go out, and shows as failed. */
  failWaiting(): void {
    const ids = this.waiting.splice(0);
    if (ids.length === 0 || !this.session.hasClassroom) return;
    this.session.change((classroom) => {
      for (const id of ids) classroom.chat.update(id, { state: 'failed' });
    });
  }

  private deliverOrWait(id: string): Promise<Result> {
    if (this.messagingUp() && this.waiting.length === 0) return this.deliver(id);
    this.waiting.push(id);
    if (this.messagingUp()) void this.sendWaiting();
    return Promise.resolve(ok());
  }

  private async deliver(id: string): Promise<Result> {
    const outgoing = this.unsent.get(id)!;
    // Written while away, it meets the class as it is now: a chat muted meanwhile refuses it.
    const allowed = this.session.classroom.canSendChat();
    if (!allowed.ok) {
      const because = allowed.code === 'CHAT.MUTED' ? { failedBecause: 'chat-muted' as const } : {};
      this.session.change((classroom) => classroom.chat.update(id, { state: 'failed', ...because }));
      return allowed;
    }
    let sent: SentChat;
    try {
      sent =
        outgoing.kind === 'text'
          ? await this.chat.sendText(outgoing.text.value)
          : await this.chat.sendImage(outgoing.image, (progress) => this.progress(id, progress));
    } catch (error) {
      this.logger.warn('chat.send_failed', { id, error: String(error) });
      if (this.session.classroom.chat.has(id)) this.session.change((classroom) => classroom.chat.update(id, { state: 'failed' }));
      return fail('CHAT.SEND_FAILED');
    }
    this.unsent.delete(id);
    this.session.change((classroom) =>
      classroom.chat.update(id, {
        id: sent.id,
        localId: id,
        at: sent.at,
        seq: sent.seq,
        state: 'sent',
        progress: undefined,
        ...(sent.imageUrl ? { imageUrl: sent.imageUrl } : {}),
        ...(sent.thumbUrl ? { thumbUrl: sent.thumbUrl } : {}),
      }),
    );
    return ok();
  }

  private progress(id: string, percent: number): void {
    if (!this.session.classroom.chat.has(id)) return;
    this.session.change((classroom) => classroom.chat.update(id, { progress: Math.max(0, Math.min(100, Math.round(percent))) }));
  }
}
