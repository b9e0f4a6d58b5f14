import { Database } from 'node-sqlite3-wasm';
import { claimDatabaseFile } from '../../../server/infrastructure/sqlite/fileOwners';

/**
 * A server process that dies in the middle of a write: it registers on the file as the store
 * does, takes SQLite's write lock, writes a change it never commits, and is killed.
 */
const file = process.argv[2];
claimDatabaseFile(file);
const db = new Database(file);
db.exec('BEGIN IMMEDIATE');
db.run("UPDATE classes SET rev = 999, state = '{}' WHERE class_id = 'math-101'");
process.stdout.write('locked\n', () => process.kill(process.pid, 'SIGKILL'));
