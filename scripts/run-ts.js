#!/usr/bin/env node
// Runs a TypeScript entry under Node: esbuild bundles our sources (packages stay external) into
// .cache/ and the result is required. No decorator metadata is needed: nothing here uses decorators.
const path = require('path');
const esbuild = require('esbuild');

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: run-ts <entry.ts> [args…]');
  process.exit(2);
}
const root = path.resolve(__dirname, '..');
// One output per process, so parallel runs (test workers) never overwrite each other's bundle.
const outfile = path.join(root, '.cache', 'run', `${path.basename(entry, '.ts')}-${process.pid}.js`);
esbuild.buildSync({
  entryPoints: [path.resolve(process.cwd(), entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'error',
});
process.argv = [process.argv[0], outfile, ...args];
process.on('exit', () => require('fs').rmSync(outfile, { force: true }));
require(outfile);
