import { ClassDirectory } from './ports/ClassDirectory';
import { MemberRemoval } from './ports/MemberRemoval';
import { ServerClock, ServerLog } from './ServerClock';

const TRIES_MS: readonly number[] = [0, 1_000, 5_000, 30_000];

/**
 * After a kick is stored, the services keep the student out: banned from the class's groups and
 * removed from its media room, so a client that ignores the command cannot simply stay.
 */
export class EnforceRemoval {
  constructor(
    private readonly directory: ClassDirectory,
    private readonly removal: MemberRemoval,
    private readonly clock: ServerClock,
    private readonly log: ServerLog,
  ) {}

  async execute(classId: string, userId: string): Promise<boolean> {
    const entry = this.directory.find(classId);
    if (!entry) return false;
    const places = {
      groupIds: [entry.signalGroupId, entry.chatGroupId].filter((id, i, all) => all.indexOf(id) === i),
      roomId: entry.roomId,
    };
    for (const wait of TRIES_MS) {
      if (wait > 0) await this.clock.delay(wait);
      try {
        await this.removal.remove(places, userId);
        this.log.info('removal.enforced', { classId, userId });
        return true;
      } catch (error) {
        this.log.warn('removal.failed', { classId, userId, error: String(error) });
      }
    }
    return false;
  }
}
