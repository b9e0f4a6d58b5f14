#!/usr/bin/env node
/**
 * `npm run dev`: a development build into dist/ (source maps; an http backend on this machine or
 * the LAN is accepted with a warning), then a rebuild whenever a source file or the lesson config
 * changes. WeChat DevTools, opened on the repository root, reloads from dist/; a rebuild leaves
 * what DevTools keeps there alone. LESSON_CONFIG=<file> picks another config, as for the build;
 * `node scripts/dev.js <outDir>` builds somewhere else.
 */
const fs = require('fs');
const path = require('path');
const { build } = require('./build');

const ROOT = path.resolve(__dirname, '..');
/** Everything the app is built from: the pages and the code they bundle. */
const WATCHED = ['miniprogram', 'domain', 'application', 'infrastructure', 'server', 'staff'];
/** Editors save a file in several steps; one rebuild after they settle. */
const QUIET_MS = 100;

/**
 * Builds, then rebuilds on change until stop() is called. Reports through `log`; a failed rebuild
 * is reported and the watch goes on, so fixing the file is enough.
 */
async function startDev({ outDir = path.join(ROOT, 'dist'), configFile, log = console.log, roots = WATCHED } = {}) {
  const runBuild = async () => {
    const started = Date.now();
    try {
      const result = await build({ outDir, configFile, development: true });
      for (const warning of result.warnings) log(`warning: ${warning}`);
      log(`built ${path.relative(process.cwd(), outDir) || '.'}/ (${result.family} family, development) in ${Date.now() - started} ms`);
      return true;
    } catch (error) {
      log(`build failed: ${error.message || error}`);
      return false;
    }
  };
  const first = await runBuild();
  let timer;
  let running = Promise.resolve();
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(runBuild);
    }, QUIET_MS);
  };
  const configDir = path.dirname(
    path.resolve(configFile || process.env.LESSON_CONFIG || path.join(ROOT, 'miniprogram', 'config', 'lesson.config.json')),
  );
  const folders = [...roots.map((root) => path.resolve(ROOT, root)), configDir];
  const watchers = [...new Set(folders)].map((folder) => fs.watch(folder, { recursive: true }, changed));
  return {
    firstBuildSucceeded: first,
    stop() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      return running;
    },
  };
}

module.exports = { startDev };

if (require.main === module) {
  const outDir = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
  startDev({ outDir }).then(
    () => console.log('watching miniprogram/, domain/, application/, infrastructure/ (Ctrl+C stops)'),
    (error) => {
      console.error(error.message || error);
      process.exit(1);
    },
  );
}
