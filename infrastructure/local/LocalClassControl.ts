import { ClassControlEvent, ClassControlPort } from '../../application/ports/ClassControlPort';
import { PortError } from '../../application/ports/PortError';
import { Unsubscribe } from '../../application/ports/Unsubscribe';
import { Listeners } from './Listeners';
import { LocalClassroomHub } from './LocalClassroomHub';
import { LocalImSession } from './LocalImSession';

/** The signalling group on the in-process messaging service. */
export class LocalClassControl implements ClassControlPort {
  private readonly listeners = new Listeners<ClassControlEvent>();
  private groupId: string | undefined;

  constructor(private readonly hub: LocalClassroomHub, private readonly im: LocalImSession) {
    im.onGroupEvent((groupId, event) => {
      if (groupId === this.groupId && (event.type === 'command' || event.type === 'hand')) this.listeners.emit(event);
    });
  }

  async join(groupId: string): Promise<void> {
    const userId = await this.im.call();
    this.groupId = groupId;
    this.hub.im.join(groupId, userId);
  }

  async leave(): Promise<void> {
    if (!this.groupId || !this.im.userId) return;
    this.hub.im.leave(this.groupId, this.im.userId);
    this.groupId = undefined;
  }

  async sendHand(raised: boolean): Promise<void> {
    const userId = await this.im.call();
    if (!this.groupId) throw new PortError('NOT_CONNECTED', 'the signalling group has not been joined');
    this.hub.im.postSignal(this.groupId, { type: 'hand', senderId: userId, raised });
  }

  subscribe(listener: (event: ClassControlEvent) => void): Unsubscribe {
    return this.listeners.add(listener);
  }
}
