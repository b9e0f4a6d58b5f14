import { fail, ok, Result } from '../shared/Result';
import { HandQueue } from './HandQueue';
import { MyHand } from './MyHand';
import { Roster } from './Roster';
import { Stage } from './Stage';

/** What the hand rules read of the class. */
export interface HandContext {
  readonly me: string;
  readonly roster: Roster;
  readonly stage: Stage;
  readonly hands: HandQueue;
  readonly isActive: boolean;
  readonly sequence: number;
  isRemoved(userId: string): boolean;
}

/**
 * Raised hands, mine and my classmates': who may raise one, and how my own is held between my
 * tap, the staff's answer and the stored queue.
 */
export class HandRules {
  private readonly myHand = new MyHand();

  constructor(private readonly room: HandContext) {}

  /** A classmate's hand as the signalling group carried it; staff and removed students have no hands to raise. */
  signal(senderId: string, raised: boolean, at: number, rev?: number): boolean {
    const { room } = this;
    if (room.roster.roleOf(senderId) !== 'student' || senderId === room.me || !room.isActive || room.isRemoved(senderId)) return false;
    if (rev !== undefined && !room.hands.takesNumber(senderId, rev)) return false;
    if (raised) return this.raise(senderId, at).ok;
    room.hands.lower(senderId);
    return true;
  }

  raise(userId: string, at: number): Result {
    if (!this.room.isActive) return fail('LESSON.NOT_ACTIVE');
    if (this.room.stage.find(userId)) return fail('HAND.ON_STAGE');
    this.room.hands.raise(userId, at);
    if (userId === this.room.me) this.myHand.tapped(true, this.room.sequence);
    return ok();
  }

  lower(userId: string): Result {
    this.room.hands.lower(userId);
    if (userId === this.room.me) this.myHand.tapped(false, this.room.sequence);
    return ok();
  }

  /** A grant takes my hand down for the staff as well. */
  grantedMe(): void {
    this.myHand.staffHave(false);
  }

  /** My hand reached the staff; raised, it queues at `at`, where they put it on arrival. */
  sent(raised: boolean, at: number, moveIt: boolean): void {
    const { room } = this;
    if (raised && moveIt && room.isActive && !room.stage.find(room.me)) room.hands.restore({ userId: room.me, raisedAt: at });
    if (!raised && moveIt) room.hands.lower(room.me);
    this.myHand.staffHave(raised, room.hands.entryOf(room.me)?.raisedAt ?? at);
  }

  /** My hand could not be sent: it goes back to what the staff last heard, whatever the taps since. */
  notSent(): void {
    const { room } = this;
    this.myHand.notSent();
    const heard = this.myHand.staffHeard;
    if (heard.raised && room.isActive && !room.stage.find(room.me)) room.hands.restore({ userId: room.me, raisedAt: heard.raisedAt });
    else room.hands.lower(room.me);
    this.myHand.tapped(room.hands.isRaised(room.me), room.sequence);
  }

  /**
   * With no staff command since I last set my hand, the state cannot know better than I do:
   * its queue may simply not have my hand message in it yet. After a command it may (a grant
   * lowers the hand), so then the state decides.
   */
  keepMine(stateSeq: number, mayQueue: (userId: string) => boolean, stored: boolean): void {
    const { room } = this;
    const tap = this.myHand.tapOver(stateSeq);
    if (tap === false) room.hands.lower(room.me);
    else if (tap === true && !room.hands.isRaised(room.me) && mayQueue(room.me)) room.hands.raise(room.me, Number.MAX_SAFE_INTEGER);
    // What the staff have is what they stored, not my own raise still on its way (it may yet be refused).
    else if (tap === undefined) this.myHand.staffHave(stored && room.hands.isRaised(room.me), room.hands.entryOf(room.me)?.raisedAt);
  }
}
