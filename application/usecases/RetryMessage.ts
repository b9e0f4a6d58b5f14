import { Result } from '../../domain/shared/Result';
import { OutgoingChat } from '../chat/OutgoingChat';

export class RetryMessage {
  constructor(private readonly outgoing: OutgoingChat) {}

  execute(messageId: string): Promise<Result> {
    return this.outgoing.retry(messageId);
  }
}
