#!/usr/bin/env node
/**
 * `npm run build:staff-kit [-- <out dir>]`: the staff kit (staff/index.ts, docs/staff-kit.md) as
 *   staff-kit.js    one file a page loads with <script>: the global `StaffKit`
 *   staff-kit.mjs   an ES module, for a bundler or <script type="module">
 * into dist/staff-kit/ by default. Both are ES2017, minified, with no dependency: the host brings
 * its own IM instance and fetch.
 */
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const ENTRY = path.join(ROOT, 'staff', 'index.ts');

/** Builds both files in memory; `write` puts them in `outDir`. Answers each file's text and size. */
async function buildStaffKit({ outDir, write = true } = {}) {
  const common = { entryPoints: [ENTRY], bundle: true, write: false, minify: true, target: 'es2017', charset: 'utf8', logLevel: 'silent' };
  const [iife, esm] = await Promise.all([
    esbuild.build({ ...common, format: 'iife', globalName: 'StaffKit', platform: 'browser' }),
    esbuild.build({ ...common, format: 'esm', platform: 'neutral' }),
  ]);
  const files = { 'staff-kit.js': iife.outputFiles[0].text, 'staff-kit.mjs': esm.outputFiles[0].text };
  if (write && outDir) {
    fs.mkdirSync(outDir, { recursive: true });
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(outDir, name), text);
  }
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [name, { text, bytes: Buffer.byteLength(text) }]));
}

module.exports = { buildStaffKit };

if (require.main === module) {
  const outDir = path.resolve(process.argv[2] || path.join(ROOT, 'dist', 'staff-kit'));
  buildStaffKit({ outDir }).then(
    (files) => {
      for (const [name, { bytes }] of Object.entries(files)) console.log(`${path.join(outDir, name)}  ${(bytes / 1024).toFixed(1)} KB`);
    },
    (error) => {
      console.error(error.stack || error.message || error);
      process.exit(1);
    },
  );
}
