import { fitsGroupField } from '../../../../infrastructure/shared/im/groupFieldLimits';
import { KickedOfflineReason } from '../../../../application/ports/ChatPort';
import { decodeSignal } from '../../../../infrastructure/shared/signalling/decodeSignal';
import { TimFactory, TimMessage } from '../../../../infrastructure/tim-wx/TimSdk';
import { EVENT, incoming, StandInTim, standInTimFactory, TYPES } from '../../../infrastructure/tencent/support/StandInTim';

const KICK_TYPES: Record<KickedOfflineReason, unknown> = {
  multipleAccount: TYPES.KICKED_OUT_MULT_ACCOUNT,
  userSigExpired: TYPES.KICKED_OUT_USERSIG_EXPIRED,
  removedByServer: TYPES.KICKED_OUT_REST_API,
  // No SDK type stands for it: a kick type a newer SDK may add.
  other: 'unknownKickType',
};

/**
 * Tencent IM as the rest of the class reaches the student's client: group profiles live on the
 * service (so the teacher may store the class state before the student's SDK instance exists),
 * only a group's owner and admins may change one, and nothing reaches the student while their
 * network is down, as on the real service.
 */
export class StandInImService {
  readonly factory: TimFactory & { instance?: StandInTim };
  private readonly fields: Record<string, Record<string, string>> = {};
  private readonly managers = new Map<string, Set<string>>();
  private up = true;
  private readonly members: Set<string>;
  /** Each group's recent messages and how many of them a member who joins is handed (a console setting of a live group). */
  private readonly recent = new Map<string, TimMessage[]>();
  private readonly handed = new Map<string, number>();
  private readonly staffEars = new Set<(message: TimMessage) => void>();

  /** `present` are in every group before `student` (the one client made here) arrives. */
  constructor(
    groups: readonly string[],
    present: readonly string[],
    student: string,
    private readonly clockSeconds: () => number,
  ) {
    this.members = new Set(present);
    // Everyone present is online: a live group's count is who is in it.
    const inner = standInTimFactory(Object.fromEntries(groups.map((id) => [id, TYPES.GRP_AVCHATROOM as string])), {
      clockSeconds,
      online: () => this.members.size,
      historyFor: (groupId) => this.historyFor(groupId),
    });
    this.factory = {
      EVENT: inner.EVENT,
      TYPES: inner.TYPES,
      create: (options) => {
        const tim = inner.create(options) as StandInTim;
        for (const [groupId, values] of Object.entries(this.fields)) tim.groupFields[groupId] = values;
        const join = tim.joinGroup.bind(tim);
        tim.joinGroup = async (joining) => {
          const response = await join(joining);
          this.members.add(student);
          return response;
        };
        return (this.factory.instance = tim);
      },
    };
  }

  /** The group's owner and admins: IM lets only them change the group's profile. */
  setManagers(groupId: string, userIds: readonly string[]): void {
    this.managers.set(groupId, new Set(userIds));
  }

  /** `writer`'s client calls `updateGroupProfile` with this custom field; anyone but a manager is refused (IM answers 10007, "insufficient permission"). */
  setGroupField(groupId: string, key: string, value: string, writer: string): boolean {
    if (!this.managers.get(groupId)?.has(writer)) return false;
    if (!fitsGroupField(key, value)) return false;
    this.fields[groupId] = { ...this.fields[groupId], [key]: value };
    if (this.factory.instance) this.factory.instance.groupFields[groupId] = this.fields[groupId];
    return true;
  }

  private historyFor(groupId: string): TimMessage[] {
    const count = this.handed.get(groupId) ?? 0;
    return this.up && count > 0 ? (this.recent.get(groupId) ?? []).slice(-count) : [];
  }

  /** From now on a member who joins `groupId` is handed its last `count` messages. */
  setHistoryForNewMembers(groupId: string, count: number): void {
    this.handed.set(groupId, count);
  }

  /** A message someone else's client sent to a group; the service stamps `from` and keeps it for new members. */
  deliver(from: string, groupId: string, type: string, payload: Record<string, unknown>): void {
    const message = incoming(from, groupId, type, payload, this.clockSeconds());
    if (type !== TYPES.MSG_GRP_TIP) this.recent.set(groupId, [...(this.recent.get(groupId) ?? []), message].slice(-1000));
    if (this.up) this.factory.instance?.deliver(message);
    for (const ear of [...this.staffEars]) ear(message);
  }

  /**
   * What the staff's own IM instance (a teacher console's tim-js-sdk) receives from the groups:
   * every message the service delivers there, the student's network aside.
   */
  hearAsStaff(ear: (message: TimMessage) => void): () => void {
    this.staffEars.add(ear);
    return () => this.staffEars.delete(ear);
  }

  /**
   * Messages others sent while this member's network was down, handed over when it came back as
   * tim-wx-sdk hands a live group's long-poll answer: one MESSAGE_RECEIVED with the whole batch.
   */
  deliverBatch(groupId: string, sent: readonly { from: string; type: string; payload: Record<string, unknown> }[]): void {
    const messages = sent.map(({ from, type, payload }) => incoming(from, groupId, type, payload, this.clockSeconds()));
    this.recent.set(groupId, [...(this.recent.get(groupId) ?? []), ...messages].slice(-1000));
    if (this.up) this.factory.instance?.deliver(...messages);
  }

  joins(groupId: string, userId: string): void {
    this.members.add(userId);
    // A live group's tip carries the online count in onlineMemberInfo, which the SDK keeps to itself.
    this.deliver('@TIM#SYSTEM', groupId, TYPES.MSG_GRP_TIP as string, {
      operationType: TYPES.GRP_TIP_MBR_JOIN,
      userIDList: [userId],
      groupProfile: { groupID: groupId },
      onlineMemberInfo: { onlineMemberNum: this.members.size, expireTime: 60 },
    });
  }

  /** A member quits: the live group's quit tip, with the online count as the service keeps it. */
  leaves(groupId: string, userId: string): void {
    if (!this.members.delete(userId)) return;
    this.deliver('@TIM#SYSTEM', groupId, TYPES.MSG_GRP_TIP as string, {
      operationType: TYPES.GRP_TIP_MBR_QUIT,
      userIDList: [userId],
      groupProfile: { groupID: groupId },
      onlineMemberInfo: { onlineMemberNum: this.members.size, expireTime: 60 },
    });
  }

  /** The hands a user's client sent to a group, read as any client reads them. */
  handsSentBy(userId: string, groupId: string): boolean[] {
    const sent = this.factory.instance?.sent ?? [];
    return sent
      .filter((message) => message.from === userId && message.to === groupId && message.type === TYPES.MSG_CUSTOM)
      .map((message) => decodeSignal({ from: userId, data: message.payload.data, extension: message.payload.extension }))
      .flatMap((decoded) => (decoded.ok && decoded.event.type === 'hand' ? [decoded.event.raised] : []));
  }

  network(up: boolean): void {
    this.up = up;
    this.factory.instance?.emit(EVENT.NET_STATE_CHANGE, { state: up ? TYPES.NET_STATE_CONNECTED : TYPES.NET_STATE_DISCONNECTED });
  }

  kickOffline(reason: KickedOfflineReason): void {
    this.factory.instance?.kick(KICK_TYPES[reason] as string);
  }
}
