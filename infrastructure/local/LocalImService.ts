import { PortError } from '../../application/ports/PortError';
import { ChatEvent, KickedOfflineReason } from '../../application/ports/ChatPort';
import { SignalWire } from './LocalSignal';
import { Clock } from '../../application/ports/PlatformPorts';
import { Listeners } from '../shared/Listeners';
import { fitsGroupField } from '../shared/im/groupFieldLimits';
import { LiveGroupPolls, SequencedChat } from './LiveGroupPolls';

type GroupEvent = ChatEvent | SignalWire;

/**
 * The messaging service in one process: groups with members and history, per-user delivery,
 * and a switch that takes the students' connection down the way a bad network would.
 */
export class LocalImService {
  private readonly members = new Map<string, Set<string>>();
  private readonly inboxes = new Map<string, Listeners<{ groupId: string; event: GroupEvent }>>();
  private readonly history = new Map<string, SequencedChat[]>();
  private readonly polls = new LiveGroupPolls();
  private readonly signals = new Map<string, SignalWire[]>();
  /** When each member joined, and each message went out, in the service's own count: only members who were there may get a message again. */
  private readonly joinedAt = new Map<string, Map<string, number>>();
  private readonly sentAt = new Map<string, number>();
  private readonly fields = new Map<string, Map<string, string>>();
  private readonly managers = new Map<string, Set<string>>();
  private readonly handedToNewMembers = new Map<string, number>();
  private readonly offline = new Set<string>();
  /** Members an App admin banned from a group: out of it, and refused when they join again. */
  private readonly banned = new Map<string, Set<string>>();
  private readonly connection = new Listeners<{ userId: string; up: boolean }>();
  private readonly kicks = new Listeners<{ userId: string; reason: KickedOfflineReason }>();
  private readonly membership = new Listeners<{ groupId: string; userId: string; joined: boolean }>();
  private nextId = 1;

  constructor(private readonly clock: Clock) {}

  inbox(userId: string): Listeners<{ groupId: string; event: GroupEvent }> {
    let inbox = this.inboxes.get(userId);
    if (!inbox) this.inboxes.set(userId, (inbox = new Listeners()));
    return inbox;
  }

  /** IM's new-member and member-exit callbacks to the app's server (Group.CallbackAfterNewMemberJoin, Group.CallbackAfterMemberExit). */
  onMembership(listener: (change: { groupId: string; userId: string; joined: boolean }) => void): () => void {
    return this.membership.add(listener);
  }

  onConnection(listener: (change: { userId: string; up: boolean }) => void): () => void {
    return this.connection.add(listener);
  }

  /**
   * IM's "message history for new members" of a live group: a member who joins is handed the
   * group's last `count` chat messages (0, the default, hands none). A member already in the
   * group is handed nothing, as IM answers AlreadyInGroup.
   */
  setHistoryForNewMembers(groupId: string, count: number): void {
    this.handedToNewMembers.set(groupId, count);
  }

  /** False when the service refuses: the user is banned from the group. */
  join(groupId: string, userId: string): boolean {
    if (this.banned.get(groupId)?.has(userId)) return false;
    const group = this.group(groupId);
    if (group.has(userId)) return true;
    group.add(userId);
    if (!this.joinedAt.has(groupId)) this.joinedAt.set(groupId, new Map());
    this.joinedAt.get(groupId)!.set(userId, this.nextId++);
    this.polls.startAtNewest(groupId, userId);
    this.handHistory(groupId, userId);
    this.broadcast(groupId, { type: 'members-joined', userIds: [userId], count: group.size });
    this.membership.emit({ groupId, userId, joined: true });
    return true;
  }

  /** REST ban_group_member: the member is taken out and cannot come back. */
  ban(groupId: string, userId: string): void {
    if (!this.banned.has(groupId)) this.banned.set(groupId, new Set());
    this.banned.get(groupId)!.add(userId);
    this.leave(groupId, userId);
  }

  leave(groupId: string, userId: string): void {
    const group = this.group(groupId);
    if (!group.delete(userId)) return;
    this.broadcast(groupId, { type: 'members-left', userIds: [userId], count: group.size });
    this.membership.emit({ groupId, userId, joined: false });
  }

  memberCount(groupId: string): number {
    return this.group(groupId).size;
  }

  isMember(groupId: string, userId: string): boolean {
    return this.group(groupId).has(userId);
  }

  /** As IM: only a member may post to a group; anyone else (never joined, left, banned) is refused with 10007. */
  postChat(groupId: string, from: string, content: { text?: string; imageUrl?: string }): SequencedChat {
    if (!this.group(groupId).has(from))
      throw new PortError('REJECTED', `IM sendMessage failed (10007): ${from} is not a member of ${groupId}`);
    const message = this.polls.number(groupId, { id: `m${this.nextId++}`, from, at: this.clock.now(), ...content });
    this.history.set(groupId, [...(this.history.get(groupId) ?? []), message].slice(-1000));
    this.noteRecipients(message.id);
    this.broadcast(groupId, { type: 'message', message }, from);
    return message;
  }

  /**
   * A custom message on the signalling group, as its bytes travel: the receiver decides what it
   * means. `byAdmin`: sent through the REST API on the sender's behalf, so the sender's own client
   * gets it too, as it gets any message it did not send itself.
   */
  postSignal(groupId: string, wire: Omit<SignalWire, 'type' | 'id'>, byAdmin = false): void {
    const signal: SignalWire = { type: 'signal', id: `g${this.nextId++}`, ...wire };
    this.signals.set(groupId, [...(this.signals.get(groupId) ?? []), signal].slice(-1000));
    this.noteRecipients(signal.id);
    this.broadcast(groupId, signal, byAdmin ? undefined : wire.from);
  }

  /** The group's owner and admins: the only members whose clients may change the group's profile. */
  setManagers(groupId: string, userIds: readonly string[]): void {
    this.managers.set(groupId, new Set(userIds));
  }

  /**
   * A custom field of the group's profile, as a client's `updateGroupProfile` sets it. As on IM,
   * only the owner and admins may change a group's profile, and a value holds at most 512 bytes:
   * anything else is refused.
   */
  setGroupField(groupId: string, key: string, value: string, writer: string): boolean {
    if (!this.managers.get(groupId)?.has(writer)) return false;
    if (!fitsGroupField(key, value)) return false;
    if (!this.fields.has(groupId)) this.fields.set(groupId, new Map());
    this.fields.get(groupId)!.set(key, value);
    return true;
  }

  groupField(groupId: string, key: string): string | undefined {
    return this.fields.get(groupId)?.get(key);
  }

  /** The service delivers its last `count` messages on a channel again, with the same ids, as IM may after a reconnect. */
  redeliver(groupId: string, count: number, channel: 'chat' | 'signal' = 'chat'): void {
    if (channel === 'signal') {
      for (const signal of (this.signals.get(groupId) ?? []).slice(-count)) this.broadcast(groupId, signal, signal.from, signal.id);
      return;
    }
    for (const message of (this.history.get(groupId) ?? []).slice(-count)) {
      this.broadcast(groupId, { type: 'message', message }, message.from, message.id);
    }
  }

  /** One older signal delivered again on its own, late and out of order, as a lossy network may. */
  redeliverSignal(groupId: string, fromEnd: number): void {
    const signals = this.signals.get(groupId) ?? [];
    const signal = signals[signals.length - fromEnd];
    if (signal) this.broadcast(groupId, signal, signal.from, signal.id);
  }

  /**
   * Back up, the member's chat polls resume where they stood and pick up what was sent meanwhile
   * (LiveGroupPolls). `silently`: the service is reachable again but the client's SDK, having
   * given up, is not told. `resume: false`: the drop outlived the polls, which start again at
   * the newest message, so what was sent meanwhile never comes.
   */
  setOnline(userId: string, up: boolean, options: { silently?: boolean; resume?: boolean } = {}): void {
    if (up === !this.offline.has(userId)) return;
    if (!up) {
      this.offline.add(userId);
      if (!options.silently) this.connection.emit({ userId, up });
      return;
    }
    this.offline.delete(userId);
    const resume = !options.silently && options.resume !== false;
    if (!options.silently) this.connection.emit({ userId, up });
    for (const [groupId, members] of this.members) {
      if (!members.has(userId) || !this.history.has(groupId)) continue;
      if (!resume) {
        this.polls.startAtNewest(groupId, userId);
        continue;
      }
      const inbox = this.inboxes.get(userId);
      for (const message of this.polls.resume(groupId, userId, this.history.get(groupId)!)) {
        if (message.from !== userId) inbox?.emit({ groupId, event: { type: 'message', message } });
      }
    }
  }

  /** The service signs a user out: another login took the account, or the signature expired. */
  kickOffline(userId: string, reason: KickedOfflineReason): void {
    this.kicks.emit({ userId, reason });
  }

  onKickedOffline(listener: (kick: { userId: string; reason: KickedOfflineReason }) => void): () => void {
    return this.kicks.add(listener);
  }

  isOnline(userId: string): boolean {
    return !this.offline.has(userId);
  }

  /** In the order sent, with the join's answer and so before anything sent after it. */
  private handHistory(groupId: string, userId: string): void {
    const count = this.handedToNewMembers.get(groupId) ?? 0;
    if (count === 0 || this.offline.has(userId)) return;
    const inbox = this.inboxes.get(userId);
    for (const message of (this.history.get(groupId) ?? []).slice(-count)) {
      inbox?.emit({ groupId, event: { type: 'message', message: { ...message, earlier: true } } });
    }
  }

  private noteRecipients(messageId: string): void {
    this.sentAt.set(messageId, this.nextId);
    // Forget the oldest, as the histories above do: ids are issued in order.
    if (this.sentAt.size > 4_000) this.sentAt.delete(this.sentAt.keys().next().value as string);
  }

  /** `again`: a redelivery, which reaches only those who were in the group when it first went out. */
  private broadcast(groupId: string, event: GroupEvent, except?: string, again?: string): void {
    const sent = again === undefined ? undefined : (this.sentAt.get(again) ?? -Infinity);
    const joined = this.joinedAt.get(groupId);
    for (const userId of [...this.group(groupId)]) {
      if (userId === except || this.offline.has(userId)) continue;
      if (sent !== undefined && (joined?.get(userId) ?? Infinity) >= sent) continue;
      if (event.type === 'message') this.polls.handed(groupId, userId, (event.message as SequencedChat).seq);
      this.inboxes.get(userId)?.emit({ groupId, event });
    }
  }

  private group(groupId: string): Set<string> {
    let group = this.members.get(groupId);
    if (!group) this.members.set(groupId, (group = new Set()));
    return group;
  }
}
