import { ImLogin, KickedOfflineReason } from '../../application/ports/ChatPort';
import { Clock } from '../../application/ports/PlatformPorts';
import { PortError } from '../../application/ports/PortError';
import { ConnectionState, Unsubscribe } from '../../application/ports/Unsubscribe';
import { Listeners } from '../shared/Listeners';
import { timError } from '../shared/timError';
import { GroupLoss, groupLossOf } from './groupLoss';
import { connectionStateOf, kickReasonOf } from './timSessionEvents';
import { TimEventArgs, TimFactory, TimInstance, TimMessage } from './TimSdk';

/** How long a login may wait for SDK_READY before the join gives up. */
const READY_TIMEOUT_MS = 15_000;

/**
 * One TIM instance, logged in once and shared by the chat and signalling adapters as the
 * SDK requires. Everything that talks to the service waits for SDK_READY first.
 */
export class TimSession {
  private tim: TimInstance | undefined;
  private ready = false;
  private readonly readyWaiters = new Listeners<void>();
  private readonly messages = new Listeners<TimMessage>();
  private readonly batches = new Listeners<readonly TimMessage[]>();
  private readonly kicked = new Listeners<KickedOfflineReason>();
  private readonly connection = new Listeners<ConnectionState>();
  private readonly lost = new Listeners<GroupLoss>();
  /** The groups this login joined: a notice about any other group is not news. */
  private readonly groups = new Set<string>();
  private userId: string | undefined;
  private detach: Unsubscribe | undefined;

  constructor(
    private readonly factory: TimFactory,
    private readonly uploadPlugin: unknown,
    private readonly clock: Clock,
  ) {}

  get types(): TimFactory['TYPES'] {
    return this.factory.TYPES;
  }

  async login(login: ImLogin): Promise<void> {
    const tim = this.instance(login.sdkAppId);
    this.userId = login.userId;
    try {
      await tim.login({ userID: login.userId, userSig: login.userSig });
    } catch (error) {
      throw timError(error, 'login');
    }
    await this.whenReady();
  }

  async logout(): Promise<void> {
    const tim = this.tim;
    if (!tim) return;
    this.detach?.();
    this.tim = undefined;
    this.ready = false;
    this.groups.clear();
    await Promise.resolve(tim.logout()).catch(() => undefined);
    await tim.destroy();
  }

  /** The instance once SDK_READY has fired; refuses after a timeout rather than hang a join. */
  async whenReady(): Promise<TimInstance> {
    const tim = this.tim;
    if (!tim) throw new PortError('NOT_CONNECTED', 'not logged in to IM');
    if (this.ready) return tim;
    let stop: Unsubscribe = () => undefined;
    const ready = new Promise<'ready'>((resolve) => (stop = this.readyWaiters.add(() => resolve('ready'))));
    const outcome = await Promise.race([ready, this.clock.delay(READY_TIMEOUT_MS).then(() => 'timeout' as const)]);
    stop();
    if (outcome === 'timeout') throw new PortError('TIMEOUT', 'IM did not become ready');
    return tim;
  }

  /** Joins a group and returns its member count when the service reports one. */
  async joinGroup(groupId: string): Promise<number | undefined> {
    const tim = await this.whenReady();
    let response: Awaited<ReturnType<TimInstance['joinGroup']>>;
    try {
      response = await tim.joinGroup({ groupID: groupId });
    } catch (error) {
      throw timError(error, `joinGroup ${groupId}`);
    }
    if (response.data.status === this.factory.TYPES.JOIN_STATUS_WAIT_APPROVAL) {
      throw new PortError('REJECTED', `group ${groupId} needs an administrator's approval`);
    }
    this.groups.add(groupId);
    // AlreadyInGroup comes without a group (GroupModule.joinGroup), so no count.
    const count = Number(response.data.group?.memberCount);
    return Number.isInteger(count) && count > 0 ? count : undefined;
  }

  /** A live group's online count as the SDK keeps it; undefined for other groups (the SDK says 0) or when it cannot be read. */
  async onlineMemberCount(groupId: string): Promise<number | undefined> {
    const tim = this.tim;
    if (!tim) return undefined;
    try {
      const count = (await tim.getGroupOnlineMemberCount(groupId)).data.memberCount;
      return Number.isInteger(count) && count > 0 ? count : undefined;
    } catch {
      // A count is never worth failing a lesson for; the last one shown stays.
      return undefined;
    }
  }

  async quitGroup(groupId: string): Promise<void> {
    this.groups.delete(groupId);
    if (!this.tim) return;
    try {
      await this.tim.quitGroup(groupId);
    } catch (error) {
      throw timError(error, `quitGroup ${groupId}`);
    }
  }

  /** Builds a message on the ready instance and sends it; resolves to the message as the service stored it. */
  async send(build: (tim: TimInstance) => TimMessage): Promise<TimMessage> {
    const tim = await this.whenReady();
    try {
      const message = build(tim);
      // Called while the SDK is not ready, create*Message answers with a rejected promise, not a message.
      const maybePromise = message as unknown as PromiseLike<unknown>;
      if (typeof maybePromise.then === 'function') await maybePromise;
      return (await tim.sendMessage(message)).data.message;
    } catch (error) {
      throw timError(error, 'sendMessage');
    }
  }

  onMessage(listener: (message: TimMessage) => void): Unsubscribe {
    return this.messages.add(listener);
  }

  /** Each MESSAGE_RECEIVED as the SDK hands it: one batch, before its messages one by one. */
  onMessageBatch(listener: (messages: readonly TimMessage[]) => void): Unsubscribe {
    return this.batches.add(listener);
  }

  onKicked(listener: (reason: KickedOfflineReason) => void): Unsubscribe {
    return this.kicked.add(listener);
  }

  onConnection(listener: (state: ConnectionState) => void): Unsubscribe {
    return this.connection.add(listener);
  }

  /** A joined group IM took away (a kick, a ban, the group dismissed): the SDK has already left it. */
  onGroupLost(listener: (loss: GroupLoss) => void): Unsubscribe {
    return this.lost.add(listener);
  }

  private instance(sdkAppId: number): TimInstance {
    if (this.tim) return this.tim;
    const tim = this.factory.create({ SDKAppID: sdkAppId, unlimitedAVChatRoom: true });
    tim.registerPlugin({ 'tim-upload-plugin': this.uploadPlugin });
    this.detach = this.listen(tim);
    this.tim = tim;
    return tim;
  }

  private listen(tim: TimInstance): Unsubscribe {
    const { EVENT } = this.factory;
    const handlers: Record<string, (event: TimEventArgs) => void> = {
      [EVENT.SDK_READY]: () => {
        this.ready = true;
        this.readyWaiters.emit();
      },
      [EVENT.SDK_NOT_READY]: () => (this.ready = false),
      [EVENT.MESSAGE_RECEIVED]: (event) => {
        if (!Array.isArray(event.data)) return;
        this.noticeLosses(event.data as TimMessage[]);
        this.batches.emit(event.data as TimMessage[]);
        for (const message of event.data as TimMessage[]) this.messages.emit(message);
      },
      [EVENT.KICKED_OUT]: (event) => this.kicked.emit(kickReasonOf(event.data, this.factory.TYPES)),
      [EVENT.NET_STATE_CHANGE]: (event) => this.connection.emit(connectionStateOf(event.data, this.factory.TYPES)),
    };
    for (const [name, handler] of Object.entries(handlers)) tim.on(name, handler);
    return () => {
      for (const [name, handler] of Object.entries(handlers)) tim.off(name, handler);
    };
  }

  private noticeLosses(messages: readonly TimMessage[]): void {
    for (const message of messages) {
      const loss = groupLossOf(message, this.factory.TYPES, this.userId);
      if (!loss || !this.groups.delete(loss.groupId)) continue;
      this.lost.emit(loss);
    }
  }
}
