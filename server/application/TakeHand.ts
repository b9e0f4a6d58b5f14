import { encodeSignal } from '../../infrastructure/shared/signalling/encodeSignal';
import { foldHand } from '../../infrastructure/shared/signalling/foldClassState';
import { MAX_LISTED } from '../../infrastructure/shared/signalling/classStateCodec';
import { ClassLocks } from './ClassLocks';
import { ClassRecords } from './ClassRecords';
import { ClassDirectory } from './ports/ClassDirectory';
import { ClassStore } from './ports/ClassStore';
import { isStaffOf } from './SendStaffCommand';

export type HandOutcome =
  | { readonly ok: true; readonly rev: number }
  | { readonly ok: false; readonly code: 'CLASS_NOT_FOUND' | 'NOT_STUDENT' | 'REMOVED' | 'CLASS_OVER' | 'HANDS_FULL' | 'STORE_FAILED' };

/**
 * A student raising or lowering their hand tells the school server, which queues it in the stored
 * state and publishes it to the signalling group as sent by the student. The hand is a value, not
 * a toggle: sent again after a dropped answer, or twice by a double tap, it changes nothing more.
 */
export class TakeHand {
  constructor(
    private readonly directory: ClassDirectory,
    private readonly store: ClassStore,
    private readonly records: ClassRecords,
    private readonly locks: ClassLocks,
    private readonly stored: () => void,
  ) {}

  async execute(classId: string, userId: string, raised: boolean): Promise<HandOutcome> {
    const entry = this.directory.find(classId);
    if (!entry) return { ok: false, code: 'CLASS_NOT_FOUND' };
    if (isStaffOf(entry, userId)) return { ok: false, code: 'NOT_STUDENT' };
    try {
      const outcome = await this.locks.run(classId, async (): Promise<HandOutcome> => {
        const record = await this.records.get(classId);
        const { state } = record;
        if (state.removed.includes(userId)) return { ok: false, code: 'REMOVED' };
        if (state.ended) return { ok: false, code: 'CLASS_OVER' };
        const next = foldHand(state, userId, raised);
        if (next === state) {
          const full = raised && state.hands.length >= MAX_LISTED && !state.hands.includes(userId);
          return full ? { ok: false, code: 'HANDS_FULL' } : { ok: true, rev: record.rev };
        }
        const rev = record.rev + 1;
        const data = encodeSignal({ type: 'hand', raised, rev }).data;
        const change = { classId, rev, kind: 'hand' as const, senderId: userId, data };
        if ((await this.store.commit(change, next)) !== 'stored') {
          this.records.forget(classId);
          return { ok: false, code: 'STORE_FAILED' };
        }
        this.records.set(classId, change.rev, next);
        return { ok: true, rev: change.rev };
      });
      if (outcome.ok) this.stored();
      return outcome;
    } catch {
      this.records.forget(classId);
      return { ok: false, code: 'STORE_FAILED' };
    }
  }
}
