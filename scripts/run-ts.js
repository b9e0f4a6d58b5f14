#!/usr/bin/env node
// Runs a TypeScript entry under Node: esbuild bundles our sources (packages stay external) in
// memory and the bundle is compiled as the entry's own module. Nothing is written to disk, so a
// killed run leaves nothing behind (docs/adr/0004-typescript-runner.md). No decorator metadata is
// needed: nothing run this way uses decorators.
const Module = require('module');
const path = require('path');
const esbuild = require('esbuild');

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: run-ts <entry.ts> [args…]');
  process.exit(2);
}
const filename = path.resolve(process.cwd(), entry);
const [bundle] = esbuild.buildSync({
  entryPoints: [filename],
  write: false,
  outfile: `${filename}.js`,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'error',
}).outputFiles;
// Stack traces point into the .ts sources through the inline source map.
process.setSourceMapsEnabled(true);
// The entry sees itself as argv[1], as under `node file`; a child run is `node scripts/run-ts.js <entry>`.
process.argv = [process.argv[0], filename, ...args];
const main = new Module(filename, null);
main.filename = filename;
main.paths = Module._nodeModulePaths(path.dirname(filename));
main._compile(bundle.text, filename);
