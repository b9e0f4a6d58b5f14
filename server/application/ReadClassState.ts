import { encodeUnchanged } from '../../infrastructure/shared/signalling/classStateCodec';
import { ClassRecords } from './ClassRecords';
import { ClassDirectory } from './ports/ClassDirectory';

export type StateRead =
  | { readonly ok: true; readonly rev: number; readonly unchanged: boolean; readonly body: string }
  | { readonly ok: false; readonly code: 'CLASS_NOT_FOUND' | 'STORE_FAILED' };

/**
 * A student's read of the class state, with the change number they hold (`since`): the whole
 * state when it moved on, or a few bytes saying it did not. Both are strings made once per change.
 */
export class ReadClassState {
  constructor(
    private readonly directory: ClassDirectory,
    private readonly records: ClassRecords,
  ) {}

  async execute(classId: string, since?: number): Promise<StateRead> {
    if (!this.directory.find(classId)) return { ok: false, code: 'CLASS_NOT_FOUND' };
    try {
      const record = await this.records.get(classId);
      if (since === record.rev) return { ok: true, rev: record.rev, unchanged: true, body: encodeUnchanged(record.rev) };
      return { ok: true, rev: record.rev, unchanged: false, body: record.encoded };
    } catch {
      return { ok: false, code: 'STORE_FAILED' };
    }
  }
}
