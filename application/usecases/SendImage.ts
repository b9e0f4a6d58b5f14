import { ChatImage } from '../../domain/chat/ChatImage';
import { Result } from '../../domain/shared/Result';
import { OutgoingChat } from '../chat/OutgoingChat';

export class SendImage {
  constructor(private readonly outgoing: OutgoingChat) {}

  execute(file: { path: string; size: number; type?: string }): Promise<Result> {
    const image = ChatImage.create(file);
    if (!image.ok) return Promise.resolve(image);
    return this.outgoing.send({ kind: 'image', image: image.value });
  }
}
