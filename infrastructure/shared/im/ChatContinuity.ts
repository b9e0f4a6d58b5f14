/**
 * Whether a live group's chat reached this client without a hole. IM numbers a group's messages
 * (`sequence`); a message that skips numbers past the newest one seen means some never came:
 * lost in a drop the poll could not resume from, or left out by the service. tim-wx-sdk 2.27.6
 * reads a skip the same way (AVChatRoomHandler.onMessage → onMessageMaybeLost) but only logs it.
 * Older numbers (a late line, a repeat) fill in and are no hole.
 */
export class ChatContinuity {
  private newest: number | undefined;
  /** A hole that a line not shown in the chat revealed (my own, a tip): the next line shows it. */
  private pending = false;

  /** A line from someone else: true when some lines before it never came. */
  received(seq: unknown): boolean {
    const hole = this.advance(seq) || this.pending;
    this.pending = false;
    return hole;
  }

  /** Anything else the group numbered: my own line as sending numbered it, a member tip. */
  noted(seq: unknown): void {
    if (this.advance(seq)) this.pending = true;
  }

  /** A new group: its numbers start afresh for us. */
  restart(): void {
    this.newest = undefined;
    this.pending = false;
  }

  private advance(seq: unknown): boolean {
    if (typeof seq !== 'number' || !Number.isInteger(seq) || seq <= 0) return false;
    const newest = this.newest;
    if (newest !== undefined && seq <= newest) return false;
    this.newest = seq;
    return newest !== undefined && seq > newest + 1;
  }
}
