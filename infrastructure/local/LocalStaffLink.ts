import { ClassInfo } from '../../application/ports/ClassroomBackendPort';
import { Clock } from '../../application/ports/PlatformPorts';
import { TeacherCommand } from '../../domain/classroom/TeacherCommand';
import { InMemorySchoolServer } from '../../server/infrastructure/memory/InMemorySchoolServer';
import { ChatLine, InvitationAnswer, StaffClock, StaffMessaging, StaffServer, Stored } from '../../staff/application/ports';
import { StaffError, StaffErrorCode } from '../../staff/application/StaffError';
import { decodeSignal } from '../shared/signalling/decodeSignal';
import { SeenIds } from '../shared/signalling/SeenIds';
import { LocalImService } from './LocalImService';

/** The in-memory school server as a staff client reaches it: the same answers as over HTTP, in the same process. */
export class LocalStaffServer implements StaffServer {
  constructor(
    private readonly school: InMemorySchoolServer,
    private readonly classId: string,
    private readonly userId: string,
    /** Whether this staff member's client can reach the server now (their network). */
    private readonly reachable: () => boolean,
  ) {}

  async command(command: TeacherCommand, requestId: string): Promise<Stored> {
    this.check();
    const outcome = await this.school.command(this.classId, this.userId, command, requestId);
    if (!outcome.ok) throw new StaffError(outcome.code as StaffErrorCode, `the school server refused it: ${outcome.code}`);
    return { seq: outcome.seq, rev: outcome.rev };
  }

  async state(since?: number): Promise<unknown> {
    this.check();
    const raw = this.school.rawReplyOf(this.classId);
    if (raw !== undefined) return raw;
    const read = await this.school.read(this.classId, since);
    if (!read.ok) throw new StaffError(read.code, `the school server could not read the class: ${read.code}`);
    return read.body;
  }

  async tally(questionId: string) {
    this.check();
    const question = this.school.stateOf(this.classId).question;
    return this.school.replies.tally(this.classId, questionId, question?.id === questionId ? question.options.length : 0);
  }

  async checkedIn(checkInId: string): Promise<readonly string[]> {
    this.check();
    return this.school.replies.checkedIn(this.classId, checkInId);
  }

  async invitationAnswers(after: number) {
    this.check();
    return this.school.replies.invitationAnswers(this.classId, after);
  }

  /** In one process the server tells the staff's client at once. */
  onInvitationAnswer(listener: (answer: InvitationAnswer) => void): () => void {
    return this.school.onReply((reply) => {
      if (reply.kind === 'invitation' && reply.classId === this.classId)
        listener({ userId: reply.userId, seq: reply.seq, accepted: reply.accepted });
    });
  }

  private check(): void {
    if (this.school.down || !this.reachable()) throw new StaffError('NETWORK', 'the school server is unreachable');
  }
}

/** The in-memory IM service as a staff member's client hears it: what reaches their inbox, once each. */
export class LocalStaffMessaging implements StaffMessaging {
  constructor(
    private readonly im: LocalImService,
    private readonly info: ClassInfo,
    private readonly userId: string,
  ) {}

  onSignal(listener: Parameters<StaffMessaging['onSignal']>[0]): () => void {
    const seen = new SeenIds();
    return this.im.inbox(this.userId).add(({ groupId, event }) => {
      if (groupId !== this.info.signalGroupId || event.type !== 'signal' || !seen.firstTime(event.id)) return;
      const decoded = decodeSignal(event);
      if (decoded.ok) listener(decoded.event);
    });
  }

  onChat(listener: (line: ChatLine) => void): () => void {
    const seen = new SeenIds();
    return this.im.inbox(this.userId).add(({ groupId, event }) => {
      if (groupId !== this.info.chatGroupId || event.type !== 'message' || !seen.firstTime(event.message.id)) return;
      const { id, from, text, imageUrl, at } = event.message;
      listener({ id, from, at, ...(text !== undefined ? { text } : {}), ...(imageUrl !== undefined ? { imageUrl } : {}) });
    });
  }

  onReconnect(listener: () => void): () => void {
    return this.im.onConnection(({ userId, up }) => {
      if (userId === this.userId && up) listener();
    });
  }

  onPresence(listener: (userId: string, online: boolean) => void): () => void {
    return this.im.inbox(this.userId).add(({ groupId, event }) => {
      if (groupId !== this.info.chatGroupId || (event.type !== 'members-joined' && event.type !== 'members-left')) return;
      for (const userId of event.userIds) listener(userId, event.type === 'members-joined');
    });
  }

  async sendChat(content: { readonly text?: string; readonly imageUrl?: string }): Promise<ChatLine> {
    const { id, from, at, text, imageUrl } = this.im.postChat(this.info.chatGroupId, this.userId, content);
    return { id, from, at, ...(text !== undefined ? { text } : {}), ...(imageUrl !== undefined ? { imageUrl } : {}) };
  }
}

/** The kit's timers on the lesson's clock (a ManualClock in tests, the system's in the preview). */
export function staffClockOf(clock: Clock): StaffClock {
  return {
    now: () => clock.now(),
    after: (ms, run) => {
      let cancelled = false;
      void clock.delay(ms).then(() => {
        if (!cancelled) run();
      });
      return () => void (cancelled = true);
    },
  };
}
