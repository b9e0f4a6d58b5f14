import { Database } from 'node-sqlite3-wasm';
import { ClassState, INITIAL_CLASS_STATE } from '../../../domain/classroom/ClassState';
import { ClassChange, ClassRecord, ClassStore } from '../../application/ports/ClassStore';
import { CLASS_STORE_SCHEMA } from './classStoreSchema';
import { claimDatabaseFile } from './fileOwners';

type Row = Record<string, unknown>;

const asChange = (row: Row): ClassChange => ({
  classId: String(row.class_id),
  rev: Number(row.rev),
  kind: row.kind === 'hand' ? 'hand' : 'command',
  senderId: String(row.sender_id),
  data: String(row.data),
  ...(row.request_id === null ? {} : { requestId: String(row.request_id) }),
  ...(row.seq === null ? {} : { seq: Number(row.seq) }),
});

/**
 * The class store in one SQLite file (node-sqlite3-wasm: SQLite compiled to WebAssembly, on
 * Node's own file calls, so nothing is built at install). A commit is one transaction written
 * through to the disk before it resolves (synchronous=FULL), so an acknowledged command
 * survives a crash or a restart. The rev check and the write happen under SQLite's write lock
 * (BEGIN IMMEDIATE), so two server processes on one file cannot give two changes one rev.
 */
export class SqliteClassStore implements ClassStore {
  private readonly db: Database;
  private readonly release: () => void;

  constructor(file: string) {
    this.release = claimDatabaseFile(file);
    this.db = new Database(file);
    this.db.exec(CLASS_STORE_SCHEMA);
  }

  async load(classId: string): Promise<ClassRecord> {
    const row = this.db.get('SELECT rev, state FROM classes WHERE class_id = ?', classId) as Row | null;
    if (!row) return { rev: 0, state: INITIAL_CLASS_STATE };
    // A state stored before the class tools has none open.
    return { rev: Number(row.rev), state: { ...INITIAL_CLASS_STATE, ...(JSON.parse(String(row.state)) as Partial<ClassState>) } };
  }

  async commit(change: ClassChange, state: ClassState): Promise<'stored' | 'conflict'> {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const row = this.db.get('SELECT rev FROM classes WHERE class_id = ?', change.classId) as Row | null;
      if (change.rev !== (row ? Number(row.rev) : 0) + 1) {
        this.db.exec('ROLLBACK');
        return 'conflict';
      }
      this.db.run(
        'INSERT INTO classes (class_id, rev, state) VALUES (?, ?, ?) ON CONFLICT (class_id) DO UPDATE SET rev = excluded.rev, state = excluded.state',
        [change.classId, change.rev, JSON.stringify(state)],
      );
      this.db.run('INSERT INTO changes (class_id, rev, kind, sender_id, data, request_id, seq) VALUES (?, ?, ?, ?, ?, ?, ?)', [
        change.classId,
        change.rev,
        change.kind,
        change.senderId,
        change.data,
        change.requestId ?? null,
        change.seq ?? null,
      ]);
      this.db.exec('COMMIT');
      return 'stored';
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  async changeByRequest(classId: string, senderId: string, requestId: string): Promise<ClassChange | undefined> {
    const row = this.db.get('SELECT * FROM changes WHERE class_id = ? AND sender_id = ? AND request_id = ?', [
      classId,
      senderId,
      requestId,
    ]);
    return row ? asChange(row as Row) : undefined;
  }

  async unpublished(limit: number): Promise<readonly ClassChange[]> {
    return this.db.all('SELECT * FROM changes WHERE published = 0 ORDER BY id LIMIT ?', limit).map((row) => asChange(row as Row));
  }

  async markPublished(classId: string, rev: number): Promise<void> {
    this.db.run('UPDATE changes SET published = 1 WHERE class_id = ? AND rev = ?', [classId, rev]);
  }

  async close(): Promise<void> {
    if (this.db.isOpen) this.db.close();
    this.release();
  }
}
