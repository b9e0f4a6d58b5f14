import { encodeUnchanged, withServerTime } from '../../infrastructure/shared/signalling/classStateCodec';
import { ClassRecords } from './ClassRecords';
import { ClassDirectory } from './ports/ClassDirectory';
import { ServerClock } from './ServerClock';

export type StateRead =
  | { readonly ok: true; readonly rev: number; readonly unchanged: boolean; readonly body: string }
  | { readonly ok: false; readonly code: 'CLASS_NOT_FOUND' | 'STORE_FAILED' };

/**
 * A student's read of the class state, with the change number they hold (`since`): the whole
 * state when it moved on (with the server's time, for the cards' seconds), or a few bytes saying it did not.
 */
export class ReadClassState {
  constructor(
    private readonly directory: ClassDirectory,
    private readonly records: ClassRecords,
    private readonly clock: ServerClock,
  ) {}

  /** The state as stored, for the staff's own reads; undefined for a class the directory does not know. */
  async current(classId: string) {
    if (!this.directory.find(classId)) return undefined;
    return (await this.records.get(classId)).state;
  }

  async execute(classId: string, since?: number): Promise<StateRead> {
    if (!this.directory.find(classId)) return { ok: false, code: 'CLASS_NOT_FOUND' };
    try {
      const record = await this.records.get(classId);
      if (since === record.rev) return { ok: true, rev: record.rev, unchanged: true, body: encodeUnchanged(record.rev) };
      return { ok: true, rev: record.rev, unchanged: false, body: withServerTime(record.encoded, this.clock.now()) };
    } catch {
      return { ok: false, code: 'STORE_FAILED' };
    }
  }
}
