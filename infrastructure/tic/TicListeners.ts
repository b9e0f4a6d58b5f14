import { Logger } from '../../application/ports/PlatformPorts';
import { Listeners } from '../shared/Listeners';
import { TicComponent, TicEventListener, TicMessageListener, TicStatusListener } from './TicComponent';

export interface TicGroupMessage {
  readonly from: string;
  readonly data: string;
}

/**
 * TIC's three listener objects, registered once per component and fanned out to the adapters.
 * Arguments are checked: a callback of the wrong shape is logged and dropped, never thrown
 * back into TIC.
 */
export class TicListeners {
  readonly groupText = new Listeners<TicGroupMessage>();
  readonly groupCustom = new Listeners<TicGroupMessage>();
  readonly membersJoined = new Listeners<string[]>();
  readonly membersQuit = new Listeners<string[]>();
  readonly classroomDestroyed = new Listeners<void>();
  readonly forcedOffline = new Listeners<void>();
  private registeredOn: TicComponent | undefined;

  private readonly messages: TicMessageListener = {
    onTICRecvGroupTextMessage: (from, text) => this.guard('onTICRecvGroupTextMessage', () => this.groupText.emit(message(from, text))),
    onTICRecvGroupCustomMessage: (from, data) =>
      this.guard('onTICRecvGroupCustomMessage', () => this.groupCustom.emit(message(from, data))),
  };

  private readonly events: TicEventListener = {
    onTICMemberJoin: (members) => this.guard('onTICMemberJoin', () => this.membersJoined.emit(userIds(members))),
    onTICMemberQuit: (members) => this.guard('onTICMemberQuit', () => this.membersQuit.emit(userIds(members))),
    onTICClassroomDestroy: () => this.guard('onTICClassroomDestroy', () => this.classroomDestroyed.emit()),
  };

  private readonly status: TicStatusListener = {
    onTICForceOffline: () => this.guard('onTICForceOffline', () => this.forcedOffline.emit()),
  };

  constructor(private readonly logger: Logger) {}

  register(tic: TicComponent): void {
    if (this.registeredOn === tic) return;
    this.unregister();
    tic.addTICMessageListener(this.messages);
    tic.addTICEventListener(this.events);
    tic.addTICStatusListener(this.status);
    this.registeredOn = tic;
  }

  /** Removes only our listeners: passing none would remove everyone's. */
  unregister(): void {
    const tic = this.registeredOn;
    this.registeredOn = undefined;
    if (!tic) return;
    tic.removeTICMessageListener(this.messages);
    tic.removeTICEventListener(this.events);
    tic.removeTICStatusListener(this.status);
  }

  private guard(callback: string, deliver: () => void): void {
    try {
      deliver();
    } catch (error) {
      this.logger.warn('tic.bad_callback', { callback, error: String(error) });
    }
  }
}

function message(from: unknown, data: unknown): TicGroupMessage {
  if (typeof from !== 'string' || !from) throw new Error('no sender');
  if (typeof data !== 'string') throw new Error('content is not a string');
  return { from, data };
}

function userIds(members: unknown): string[] {
  if (!Array.isArray(members)) throw new Error('members is not a list');
  return members.filter((id): id is string => typeof id === 'string' && id.length > 0);
}
