import { ClassState, INITIAL_CLASS_STATE } from '../../../domain/classroom/ClassState';
import { TeacherCommand } from '../../../domain/classroom/TeacherCommand';
import { ClassDirectory } from '../../application/ports/ClassDirectory';
import { ClassChange, ClassStore } from '../../application/ports/ClassStore';
import { ClassPlaces } from '../../application/ports/MemberRemoval';
import { GroupSignal, PublishError } from '../../application/ports/SignalPublisher';
import { SchoolServerCore } from '../../application/SchoolServerCore';
import { ServerClock } from '../../application/ServerClock';
import { MemoryClassStore } from './MemoryClassStore';
import { MemoryReplyBook } from './MemoryReplyBook';
import { StudentReply } from '../../application/ports/ReplyBook';
import { ReplyRequest } from '../../application/TakeStudentReply';

const DEDUPE_WINDOW_MS = 5 * 60_000;

export interface InMemorySchoolOptions {
  readonly directory: ClassDirectory;
  /** IM takes a message the server publishes (the in-memory service, or an SDK stand-in). */
  readonly deliver: (signal: GroupSignal) => void;
  /** The services keep a removed student out of the groups and the room. */
  readonly remove?: (places: ClassPlaces, userId: string) => void;
  readonly clock: ServerClock;
  /** The store, when a test needs one with other rules; a MemoryClassStore otherwise. */
  readonly store?: MemoryClassStore;
}

/**
 * The school server's own logic (SchoolServerCore) over a memory store, for the in-memory family
 * and the SDK families' tests: the same numbering, fold, refusals and outbox as the real server.
 * What differs from it: no HTTP and no tokens (callers name who they are), and IM is a callback.
 */
export class InMemorySchoolServer {
  readonly store: MemoryClassStore;
  /** While false, IM cannot be reached from the server: changes wait in the outbox. */
  imUp = true;
  /** While true, clients cannot reach the server (their requests fail as a dropped network would). */
  down = false;
  private current: SchoolServerCore;
  private readonly latest = new Map<string, ClassState>();
  private readonly rawReplies = new Map<string, string>();
  /** IM's own rule: the same `Random` in a group within 5 minutes is one message. */
  private readonly taken = new Map<string, number>();
  /** Students' answers to the staff; kept, like the store, across a restart. */
  readonly replies = new MemoryReplyBook();
  private readonly replyListeners = new Set<(reply: StudentReply) => void>();

  constructor(private readonly options: InMemorySchoolOptions) {
    this.store = options.store ?? new MemoryClassStore();
    this.current = this.makeCore();
  }

  command(classId: string, senderId: string, command: TeacherCommand, requestId?: string) {
    return this.current.command({ classId, senderId, body: { ...command, ...(requestId ? { requestId } : {}) } });
  }

  hand(classId: string, userId: string, raised: boolean) {
    return this.current.hand.execute(classId, userId, raised);
  }

  /** A student's answer, check-in or answer to an invitation, for the staff only. */
  reply(classId: string, userId: string, request: ReplyRequest) {
    return this.current.reply.execute(classId, userId, request);
  }

  /** What the staff's own client hears of students' replies. */
  onReply(listener: (reply: StudentReply) => void): () => void {
    this.replyListeners.add(listener);
    return () => this.replyListeners.delete(listener);
  }

  read(classId: string, since?: number) {
    return this.current.readState.execute(classId, since);
  }

  /**
   * Test hook: the store holds `state` as the class's latest, as if the staff's commands had
   * made it, already published; a string makes every read answer exactly those bytes instead.
   */
  async seed(classId: string, state: ClassState | string): Promise<void> {
    if (typeof state === 'string') {
      this.rawReplies.set(classId, state);
      return;
    }
    const { rev } = await this.store.load(classId);
    await this.store.commit({ classId, rev: rev + 1, kind: 'command', senderId: 'seed', data: '{}', seq: state.seq }, state);
    await this.store.markPublished(classId, rev + 1);
    this.latest.set(classId, state);
    this.current = this.makeCore();
  }

  /** The bytes every read of the class answers, when a test set them. */
  rawReplyOf(classId: string): string | undefined {
    return this.rawReplies.get(classId);
  }

  /** The server's use cases as they run now (a restart makes new ones). */
  get core(): SchoolServerCore {
    return this.current;
  }

  /** The state as last stored, at once (tests compare a student's view with it). */
  stateOf(classId: string): ClassState {
    return this.latest.get(classId) ?? INITIAL_CLASS_STATE;
  }

  /** The server process stops and starts again: its cache and anything in flight are gone, the store is not. */
  restart(): Promise<void> {
    this.current = this.makeCore();
    return this.current.start();
  }

  /** Publishes whatever waits, now (after IM came back). */
  flush(): Promise<void> {
    return this.current.publish.kick();
  }

  idle(): Promise<void> {
    return this.current.publish.idle();
  }

  private makeCore(): SchoolServerCore {
    const { directory, deliver, remove, clock } = this.options;
    const store = this.observed(this.store);
    const core = new SchoolServerCore({
      directory,
      store,
      clock,
      replies: this.replies,
      log: { info: () => undefined, warn: () => undefined },
      publisher: {
        publish: async (signal) => {
          if (!this.imUp) throw new PublishError('NETWORK', true, 'IM is unreachable from the school server');
          const key = `${signal.groupId}#${signal.dedupeKey}`;
          const at = this.taken.get(key);
          if (at !== undefined && clock.now() - at < DEDUPE_WINDOW_MS) return;
          this.taken.set(key, clock.now());
          deliver(signal);
        },
      },
      removal: { remove: async (places, userId) => remove?.(places, userId) },
    });
    core.reply.onReply((reply) => {
      for (const listener of [...this.replyListeners]) listener(reply);
    });
    return core;
  }

  /** The store as the core sees it, with every stored state noted for `stateOf`. */
  private observed(store: ClassStore): ClassStore {
    const latest = this.latest;
    return {
      load: (classId) => store.load(classId),
      async commit(change: ClassChange, state: ClassState) {
        const outcome = await store.commit(change, state);
        if (outcome === 'stored') latest.set(change.classId, state);
        return outcome;
      },
      changeByRequest: (classId, senderId, requestId) => store.changeByRequest(classId, senderId, requestId),
      unpublished: (limit) => store.unpublished(limit),
      markPublished: (classId, rev) => store.markPublished(classId, rev),
      close: () => store.close(),
    };
  }
}
