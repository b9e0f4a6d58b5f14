import { IncomingChat } from '../../application/ports/ChatPort';

/**
 * How many of a group's latest messages the service still hands to a poll that resumes. Tencent
 * does not publish the figure; tim-wx-sdk 2.27.6 keeps the last 100 message ids and 200
 * sequences to drop repeats, so a resume is taken to reach no further back than that.
 */
export const RESUME_REACH = 100;

/** A chat message as the service keeps it: numbered within its group, as IM numbers `sequence`. */
export interface SequencedChat extends IncomingChat {
  readonly seq: number;
}

/**
 * The chat side of a live group's long polls (tim-wx-sdk's AVChatRoomHandler): each message
 * gets the group's next sequence, and each member's poll stands at the last one it was given. A
 * poll that fails is retried from where it stood, so a member whose network comes back is handed
 * what it missed, within the service's reach; one that cannot resume starts at the newest.
 */
export class LiveGroupPolls {
  private readonly sequences = new Map<string, number>();
  private readonly positions = new Map<string, Map<string, number>>();

  number(groupId: string, message: IncomingChat): SequencedChat {
    const seq = (this.sequences.get(groupId) ?? 0) + 1;
    this.sequences.set(groupId, seq);
    return { ...message, seq };
  }

  /** A member's poll starts at the group's newest message, as a join's answer sets it. */
  startAtNewest(groupId: string, userId: string): void {
    this.positionsOf(groupId).set(userId, this.sequences.get(groupId) ?? 0);
  }

  handed(groupId: string, userId: string, seq: number): void {
    const positions = this.positionsOf(groupId);
    if (seq > (positions.get(userId) ?? 0)) positions.set(userId, seq);
  }

  /** What a member's poll picks up as it resumes, oldest first; the service's reach bounds it. */
  resume(groupId: string, userId: string, kept: readonly SequencedChat[]): readonly SequencedChat[] {
    const from = this.positionsOf(groupId).get(userId) ?? 0;
    const missed = kept.slice(-RESUME_REACH).filter((message) => message.seq > from);
    if (missed.length) this.handed(groupId, userId, missed[missed.length - 1].seq);
    return missed;
  }

  private positionsOf(groupId: string): Map<string, number> {
    let positions = this.positions.get(groupId);
    if (!positions) this.positions.set(groupId, (positions = new Map()));
    return positions;
  }
}
