import { ChatText } from '../../domain/chat/ChatText';
import { Result } from '../../domain/shared/Result';
import { OutgoingChat } from '../chat/OutgoingChat';

export class SendText {
  constructor(private readonly outgoing: OutgoingChat) {}

  execute(raw: string): Promise<Result> {
    const text = ChatText.create(raw);
    if (!text.ok) return Promise.resolve(text);
    return this.outgoing.send({ kind: 'text', text: text.value });
  }
}
