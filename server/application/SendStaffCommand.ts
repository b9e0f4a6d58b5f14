import { isUserId } from '../../domain/classroom/UserId';
import { DEFAULT_STAGE_CAPACITY } from '../../domain/classroom/StageCapacity';
import { encodeSignal } from '../../infrastructure/shared/signalling/encodeSignal';
import { foldCommand } from '../../infrastructure/shared/signalling/foldClassState';
import { readCommand } from '../../infrastructure/shared/signalling/readCommand';
import { endOfTimed } from '../../infrastructure/shared/signalling/timeLeftOnSending';
import { ClassLocks } from './ClassLocks';
import { ClassRecords } from './ClassRecords';
import { ClassDirectory, ClassEntry } from './ports/ClassDirectory';
import { ClassStore } from './ports/ClassStore';
import { ServerClock } from './ServerClock';

export type CommandOutcome =
  | { readonly ok: true; readonly seq: number; readonly rev: number; readonly repeated: boolean }
  | {
      readonly ok: false;
      readonly code: 'CLASS_NOT_FOUND' | 'NOT_STAFF' | 'UNKNOWN_COMMAND' | 'BAD_FIELDS' | 'CLASS_OVER' | 'STORE_FAILED';
    };

export interface StaffCommandRequest {
  readonly classId: string;
  /** Who the authenticated token names; never a field of the body. */
  readonly senderId: string;
  readonly body: Record<string, unknown>;
}

/** Another process may change a class between our read and our write; a few tries settle it. */
const COMMIT_TRIES = 3;

export const isStaffOf = (entry: ClassEntry, userId: string) => entry.teacherId === userId || entry.assistantIds.includes(userId);

/**
 * A staff member's command: judged (the class's teacher or an assistant only), numbered, folded
 * into the stored state and stored with its message in one transaction. The answer comes only
 * once it is stored; publishing follows (PublishChanges). A request id already stored answers
 * with its number again, so a teacher's client that lost the answer can simply send again.
 */
export class SendStaffCommand {
  constructor(
    private readonly directory: ClassDirectory,
    private readonly store: ClassStore,
    private readonly records: ClassRecords,
    private readonly locks: ClassLocks,
    private readonly stored: () => void,
    private readonly clock: ServerClock,
  ) {}

  async execute(request: StaffCommandRequest): Promise<CommandOutcome> {
    const entry = this.directory.find(request.classId);
    if (!entry) return { ok: false, code: 'CLASS_NOT_FOUND' };
    if (!isStaffOf(entry, request.senderId)) return { ok: false, code: 'NOT_STAFF' };
    const command = readCommand(request.body);
    if (command === 'unknown') return { ok: false, code: 'UNKNOWN_COMMAND' };
    if (command === 'invalid') return { ok: false, code: 'BAD_FIELDS' };
    const requestId = isUserId(request.body.requestId) ? request.body.requestId : undefined;
    const rules = { stageCapacity: entry.stageCapacity ?? DEFAULT_STAGE_CAPACITY, isStudent: (id: string) => !isStaffOf(entry, id) };
    try {
      const outcome = await this.locks.run(entry.classId, async (): Promise<CommandOutcome> => {
        if (requestId) {
          const earlier = await this.store.changeByRequest(entry.classId, request.senderId, requestId);
          if (earlier?.seq !== undefined) return { ok: true, seq: earlier.seq, rev: earlier.rev, repeated: true };
        }
        for (let attempt = 0; attempt < COMMIT_TRIES; attempt++) {
          const record = await this.records.get(entry.classId);
          // After the end nothing is numbered: a student could otherwise be shown a kick from a class that is over.
          if (record.state.ended) return { ok: false, code: 'CLASS_OVER' };
          const state = foldCommand(record.state, command, rules, this.clock.now());
          const data = encodeSignal({ ...command, seq: state.seq, ...endOfTimed(state, command) }).data;
          const change = {
            classId: entry.classId,
            rev: record.rev + 1,
            kind: 'command' as const,
            senderId: request.senderId,
            data,
            requestId,
          };
          if ((await this.store.commit({ ...change, seq: state.seq }, state)) === 'stored') {
            this.records.set(entry.classId, change.rev, state);
            return { ok: true, seq: state.seq, rev: change.rev, repeated: false };
          }
          this.records.forget(entry.classId);
        }
        return { ok: false, code: 'STORE_FAILED' };
      });
      if (outcome.ok && !outcome.repeated) this.stored();
      return outcome;
    } catch {
      // The store could not write: nothing was numbered, and the teacher is told it was not sent.
      this.records.forget(entry.classId);
      return { ok: false, code: 'STORE_FAILED' };
    }
  }
}
