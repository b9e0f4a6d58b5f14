#!/usr/bin/env node
/**
 * `npm run build:console [-- <out dir>]`: the teacher console for a real class (console/, the
 * Tencent family: @tencentcloud/chat and trtc-sdk-v5) as a static page, index.html and teacher.js,
 * into dist/console/ by default. Serve it anywhere over https and open
 * `index.html?base=<school server API>&classId=<class>&userId=<staff member>`
 * (docs/staff-kit.md, docs/go-live.md). `npm start` serves the in-memory family instead.
 */
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const CONSOLE = path.join(ROOT, 'console');

async function buildConsole({ outDir, write = true } = {}) {
  const result = await esbuild.build({
    entryPoints: [path.join(CONSOLE, 'tencentMain.ts')],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    charset: 'utf8',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const files = { 'index.html': fs.readFileSync(path.join(CONSOLE, 'index.html'), 'utf8'), 'teacher.js': result.outputFiles[0].text };
  if (write && outDir) {
    fs.mkdirSync(outDir, { recursive: true });
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(outDir, name), text);
  }
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [name, { text, bytes: Buffer.byteLength(text) }]));
}

module.exports = { buildConsole };

if (require.main === module) {
  const outDir = path.resolve(process.argv[2] || path.join(ROOT, 'dist', 'console'));
  buildConsole({ outDir }).then(
    (files) => {
      for (const [name, { bytes }] of Object.entries(files)) console.log(`${path.join(outDir, name)}  ${(bytes / 1024).toFixed(1)} KB`);
    },
    (error) => {
      console.error(error.stack || error.message || error);
      process.exit(1);
    },
  );
}
