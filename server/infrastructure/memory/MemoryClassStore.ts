import { ClassState, INITIAL_CLASS_STATE } from '../../../domain/classroom/ClassState';
import { ClassChange, ClassRecord, ClassStore } from '../../application/ports/ClassStore';

/**
 * The class store in memory, with the SQLite store's rules: a change commits only on the rev
 * after the stored one, changes are kept in commit order, and a published flag per change. It
 * outlives the server that uses it, as a database outlives a restart.
 */
export class MemoryClassStore implements ClassStore {
  private readonly records = new Map<string, ClassRecord>();
  private readonly changes: { change: ClassChange; published: boolean }[] = [];
  private failures = 0;

  /** The next `count` commits fail as a full disk or a lost database connection would. */
  failNextCommits(count: number): void {
    this.failures = count;
  }

  async load(classId: string): Promise<ClassRecord> {
    return this.records.get(classId) ?? { rev: 0, state: INITIAL_CLASS_STATE };
  }

  async commit(change: ClassChange, state: ClassState): Promise<'stored' | 'conflict'> {
    if (this.failures > 0) {
      this.failures--;
      throw new Error('the class store could not write');
    }
    const stored = this.records.get(change.classId)?.rev ?? 0;
    if (change.rev !== stored + 1) return 'conflict';
    this.records.set(change.classId, { rev: change.rev, state });
    this.changes.push({ change, published: false });
    return 'stored';
  }

  async changeByRequest(classId: string, senderId: string, requestId: string): Promise<ClassChange | undefined> {
    return this.changes.find(({ change }) => change.classId === classId && change.senderId === senderId && change.requestId === requestId)
      ?.change;
  }

  async unpublished(limit: number): Promise<readonly ClassChange[]> {
    return this.changes
      .filter((entry) => !entry.published)
      .slice(0, limit)
      .map((entry) => entry.change);
  }

  async markPublished(classId: string, rev: number): Promise<void> {
    const entry = this.changes.find(({ change }) => change.classId === classId && change.rev === rev);
    if (entry) entry.published = true;
  }

  /** Every stored change of a class, in rev order (tests compare what IM got with it). */
  changesOf(classId: string): readonly ClassChange[] {
    return this.changes.filter(({ change }) => change.classId === classId).map(({ change }) => change);
  }

  async close(): Promise<void> {}
}
