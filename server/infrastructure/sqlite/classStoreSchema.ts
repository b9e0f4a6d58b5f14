/**
 * The class store's tables. `changes.id` keeps commit order across classes, which is the order
 * the outbox publishes in; the partial index keeps the outbox's scan to what is unpublished.
 * A rollback journal, not WAL: the WebAssembly build has no shared memory for WAL's index.
 */
export const CLASS_STORE_SCHEMA = `
PRAGMA journal_mode = DELETE;
PRAGMA synchronous = FULL;
PRAGMA busy_timeout = 5000;
CREATE TABLE IF NOT EXISTS classes (
  class_id TEXT PRIMARY KEY,
  rev INTEGER NOT NULL,
  state TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS changes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  class_id TEXT NOT NULL,
  rev INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('command', 'hand')),
  sender_id TEXT NOT NULL,
  data TEXT NOT NULL,
  request_id TEXT,
  seq INTEGER,
  published INTEGER NOT NULL DEFAULT 0,
  UNIQUE (class_id, rev)
);
CREATE UNIQUE INDEX IF NOT EXISTS changes_by_request ON changes (class_id, sender_id, request_id) WHERE request_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS changes_unpublished ON changes (id) WHERE published = 0;
`;
