import * as fs from 'fs';
import * as path from 'path';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * node-sqlite3-wasm locks a database by making the directory `<file>.lock` and removing it when
 * done, so a process killed while it held the lock (a crash, an OOM kill, a power cut) leaves the
 * file locked for good. Each process on the file registers its pid under `<file>.owners/`; one
 * that starts and finds the lock held while no registered process is alive removes the lock.
 * SQLite's own hot journal then rolls back whatever the dead process had not committed.
 * Returns the release to call on close.
 */
export function claimDatabaseFile(file: string): () => void {
  if (file === ':memory:' || file === '') return () => undefined;
  const owners = `${path.resolve(file)}.owners`;
  fs.mkdirSync(owners, { recursive: true });
  const living = fs.readdirSync(owners).filter((entry) => {
    const pid = Number(entry);
    if (Number.isInteger(pid) && pid !== process.pid && alive(pid)) return true;
    fs.rmSync(path.join(owners, entry), { force: true });
    return false;
  });
  const lock = `${path.resolve(file)}.lock`;
  if (living.length === 0 && fs.existsSync(lock)) fs.rmSync(lock, { recursive: true, force: true });
  const mine = path.join(owners, String(process.pid));
  fs.writeFileSync(mine, '');
  return () => fs.rmSync(mine, { force: true });
}
