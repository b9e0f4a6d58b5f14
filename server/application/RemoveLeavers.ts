import { ClassRecords } from './ClassRecords';
import { ClassDirectory } from './ports/ClassDirectory';
import { isStaffOf, SendStaffCommand } from './SendStaffCommand';
import { ServerClock, ServerLog } from './ServerClock';
import { TakeHand } from './TakeHand';

/**
 * How long a student may be out of the class's signalling group before they lose their place:
 * a network blip, a page reload or a switch between Wi-Fi and mobile data takes a few seconds.
 */
export const LEAVER_GRACE_MS = 10_000;

/**
 * A student who leaves the class (IM's member-exit callback on the signalling group) leaves the
 * hand queue and the stage for everyone once they have been gone `LEAVER_GRACE_MS`: their hand
 * is lowered as theirs, and the stage gives up their seat as a revoke from the class's teacher,
 * both numbered and stored like any change, so a late joiner reads the same. Back in time, they
 * keep their place.
 */
export class RemoveLeavers {
  /** Each student now gone, by class, with the mark of the departure the timer belongs to. */
  private readonly gone = new Map<string, number>();
  private departures = 0;

  constructor(
    private readonly directory: ClassDirectory,
    private readonly records: ClassRecords,
    private readonly hand: TakeHand,
    private readonly send: SendStaffCommand,
    private readonly clock: ServerClock,
    private readonly log: ServerLog,
  ) {}

  left(classId: string, userId: string): void {
    const entry = this.directory.find(classId);
    if (!entry || isStaffOf(entry, userId)) return;
    const key = `${classId}\u0000${userId}`;
    const departure = ++this.departures;
    this.gone.set(key, departure);
    void this.clock.delay(LEAVER_GRACE_MS).then(async () => {
      if (this.gone.get(key) !== departure) return;
      this.gone.delete(key);
      await this.removeFromTheClass(classId, userId, entry.teacherId);
    });
  }

  back(classId: string, userId: string): void {
    this.gone.delete(`${classId}\u0000${userId}`);
  }

  private async removeFromTheClass(classId: string, userId: string, teacherId: string): Promise<void> {
    try {
      const { state } = await this.records.get(classId);
      if (state.ended) return;
      if (state.hands.includes(userId)) await this.hand.execute(classId, userId, false);
      if (state.stage.some((seat) => seat.userId === userId)) {
        await this.send.execute({ classId, senderId: teacherId, body: { type: 'revoke', to: userId } });
      }
      this.log.info('leaver.removed', { classId, userId });
    } catch (error) {
      this.log.warn('leaver.remove_failed', { classId, userId, error: String(error) });
    }
  }
}
