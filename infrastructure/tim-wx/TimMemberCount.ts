import { Clock } from '../../application/ports/PlatformPorts';
import { TimSession } from './TimSession';

/**
 * How often a live group's count is read again while no tip arrives. The SDK itself asks the
 * service at most once per `expireTime` (60 s by default) and answers from its cache otherwise
 * (AVChatRoomHandler.getGroupOnlineMemberCount), so this costs nothing between its requests.
 */
const REFRESH_MS = 30_000;

/**
 * The chat group's size. In a live group (AVChatRoom) the SDK tracks who is online and a join
 * reply or tip says nothing reliable, so the count is the SDK's online count, read on joining,
 * after every member tip and every 30 s. Other groups report 0 online; there the join reply's
 * `memberCount` and the tips' `memberCount` are the count.
 */
export class TimMemberCount {
  /** Unknown until the first online count comes back after joining. */
  private live: boolean | undefined;
  private generation = 0;

  constructor(
    private readonly session: TimSession,
    private readonly clock: Clock,
    private readonly emit: (count: number) => void,
  ) {}

  /** Until it is known, a tip's count is not trusted either: the online count being read replaces it. */
  get mayBeLive(): boolean {
    return this.live !== false;
  }

  async joined(groupId: string, joinReplyCount: number | undefined): Promise<void> {
    const generation = ++this.generation;
    this.live = undefined;
    const online = await this.session.onlineMemberCount(groupId);
    if (generation !== this.generation) return;
    this.live = online !== undefined;
    const count = online ?? joinReplyCount;
    if (count !== undefined) this.emit(count);
    if (this.live) void this.keepReading(groupId, generation);
  }

  /** A member tip arrived: in a live group the SDK has just written the tip's online count into its cache. */
  tip(groupId: string): void {
    if (this.live === true) void this.read(groupId, this.generation);
  }

  left(): void {
    this.generation++;
    this.live = undefined;
  }

  private async keepReading(groupId: string, generation: number): Promise<void> {
    while (generation === this.generation) {
      await this.clock.delay(REFRESH_MS);
      await this.read(groupId, generation);
    }
  }

  private async read(groupId: string, generation: number): Promise<void> {
    const count = await this.session.onlineMemberCount(groupId);
    if (count !== undefined && generation === this.generation) this.emit(count);
  }
}
