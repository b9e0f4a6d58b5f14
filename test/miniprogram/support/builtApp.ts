import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const REPO = path.resolve(__dirname, '../../..');
export const SOURCE = path.join(REPO, 'miniprogram');

/**
 * Runs `scripts/build.js` once per test file into its own folder under .cache/ (git-ignored and
 * inside the repo, so Node resolves node_modules from there). The folder is named for the process
 * too, so test runs started side by side in one tree never build over each other. A child process,
 * because esbuild refuses to load inside jest's jsdom environment.
 */
export function buildInto(suite: string): string {
  const outDir = path.join(REPO, '.cache', 'miniprogram-test', `${suite}-${process.pid}`);
  execFileSync(process.execPath, [path.join(REPO, 'scripts', 'build.js'), outDir], { stdio: 'pipe' });
  return outDir;
}

export function removeBuild(outDir: string | undefined): void {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
}

export function filesUnder(dir: string, extension: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, extension);
    return entry.name.endsWith(extension) ? [full] : [];
  });
}
