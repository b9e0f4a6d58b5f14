import { ClassLocks } from './ClassLocks';
import { ClassRecords } from './ClassRecords';
import { EnforceRemoval } from './EnforceRemoval';
import { ClassDirectory } from './ports/ClassDirectory';
import { ClassStore } from './ports/ClassStore';
import { MemberRemoval } from './ports/MemberRemoval';
import { SignalPublisher } from './ports/SignalPublisher';
import { PublishChanges } from './PublishChanges';
import { ReadClassState } from './ReadClassState';
import { RemoveLeavers } from './RemoveLeavers';
import { CommandOutcome, SendStaffCommand, StaffCommandRequest } from './SendStaffCommand';
import { ServerClock, ServerLog } from './ServerClock';
import { TakeHand } from './TakeHand';
import { ReplyBook } from './ports/ReplyBook';
import { TakeStudentReply } from './TakeStudentReply';
import { MemoryReplyBook } from '../infrastructure/memory/MemoryReplyBook';

export interface SchoolServerParts {
  readonly directory: ClassDirectory;
  readonly store: ClassStore;
  readonly publisher: SignalPublisher;
  readonly removal: MemberRemoval;
  readonly clock: ServerClock;
  readonly log: ServerLog;
  /** Where students' answers to the staff are kept; in memory when not given. */
  readonly replies?: ReplyBook;
}

/**
 * The class's authority (ADR 0008): the same use cases behind the real HTTP server and the
 * in-memory family, over whichever store, IM and media services they are given.
 */
export class SchoolServerCore {
  readonly records: ClassRecords;
  readonly publish: PublishChanges;
  readonly readState: ReadClassState;
  readonly hand: TakeHand;
  /** Answers, check-ins and answers to invitations, for the staff only. */
  readonly reply: TakeStudentReply;
  readonly replies: ReplyBook;
  private readonly send: SendStaffCommand;
  private readonly removal: EnforceRemoval;
  /** IM's member-exit and new-member callbacks on a class's signalling group come here. */
  readonly leavers: RemoveLeavers;

  constructor(readonly parts: SchoolServerParts) {
    const locks = new ClassLocks();
    this.records = new ClassRecords(parts.store);
    this.publish = new PublishChanges(parts.store, parts.directory, parts.publisher, parts.clock, parts.log);
    const stored = () => void this.publish.kick();
    this.send = new SendStaffCommand(parts.directory, parts.store, this.records, locks, stored, parts.clock);
    this.replies = parts.replies ?? new MemoryReplyBook();
    this.reply = new TakeStudentReply(parts.directory, this.records, this.replies, parts.clock);
    this.hand = new TakeHand(parts.directory, parts.store, this.records, locks, stored);
    this.readState = new ReadClassState(parts.directory, this.records, parts.clock);
    this.removal = new EnforceRemoval(parts.directory, parts.removal, parts.clock, parts.log);
    this.leavers = new RemoveLeavers(parts.directory, this.records, this.hand, this.send, parts.clock, parts.log);
  }

  /** At start: whatever a stop left unpublished goes out first. */
  start(): Promise<void> {
    return this.publish.kick();
  }

  /** Stops publishing before the store closes; the outbox keeps what is unpublished. */
  stop(): Promise<void> {
    return this.publish.stop();
  }

  async command(request: StaffCommandRequest): Promise<CommandOutcome> {
    const outcome = await this.send.execute(request);
    if (outcome.ok && !outcome.repeated && request.body.type === 'kick' && typeof request.body.to === 'string') {
      void this.removal.execute(request.classId, request.body.to);
    }
    return outcome;
  }
}
