import { ClassState } from '../../domain/classroom/ClassState';
import { encodeClassState } from '../../infrastructure/shared/signalling/classStateCodec';
import { ClassRecord, ClassStore } from './ports/ClassStore';

/** A class's record with its encoding for students, made once per change and served to all of them. */
export interface CachedRecord extends ClassRecord {
  readonly encoded: string;
}

/**
 * The school server's copy of each class it serves, in step with the store: every read of 10,000
 * students after a network blip is a map lookup and one ready string, never a query.
 */
export class ClassRecords {
  private readonly records = new Map<string, CachedRecord>();

  constructor(private readonly store: ClassStore) {}

  async get(classId: string): Promise<CachedRecord> {
    const cached = this.records.get(classId);
    if (cached) return cached;
    const loaded = await this.store.load(classId);
    return this.records.get(classId) ?? this.set(classId, loaded.rev, loaded.state);
  }

  peek(classId: string): CachedRecord | undefined {
    return this.records.get(classId);
  }

  set(classId: string, rev: number, state: ClassState): CachedRecord {
    const record = { rev, state, encoded: encodeClassState(state, rev) };
    this.records.set(classId, record);
    return record;
  }

  /** Another process changed the class: read it again. */
  forget(classId: string): void {
    this.records.delete(classId);
  }
}
