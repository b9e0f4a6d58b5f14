#!/usr/bin/env node
/**
 * `npm start [-- lessons/x.json]`: builds the mini-program with that lesson script as its demo
 * class (lessons/demo.json by default), then serves a browser preview of its real pages on
 * 127.0.0.1 (PORT, default 8080; 0 picks a free port), with the teacher console (console/, on the
 * staff kit) and the script's timeline beside the phone, all on the same in-memory lesson. A script that does not validate is refused before anything is built.
 */
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const { build } = require('../../scripts/build');
const { appFiles, browserBundle, bundleBrowser, compileWxml } = require('./bundle');
const { readScript } = require('./readScript');

const DEMO_SCRIPT = path.join(__dirname, '..', '..', 'lessons', 'demo.json');
const CONSOLE = path.join(__dirname, '..', '..', 'console');

async function startPreview({ port = 8080, host = '127.0.0.1', script = DEMO_SCRIPT } = {}) {
  const demoScript = readScript(script);
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lesson-preview-'));
  try {
    await build({ outDir, demoScript });
    const assets = {
      '/': { type: 'text/html', body: fs.readFileSync(path.join(__dirname, 'index.html')) },
      '/preview.js': { type: 'text/javascript', body: await bundleBrowser() },
      '/gwx.js': { type: 'text/javascript', body: compileWxml(outDir) },
      '/app.json': { type: 'application/json', body: JSON.stringify(appFiles(outDir)) },
      '/favicon.ico': { type: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg"/>' },
      // The teacher console beside the phone, teaching the same in-memory lesson (console/).
      '/teacher': { type: 'text/html', body: fs.readFileSync(path.join(CONSOLE, 'index.html')) },
      '/teacher.js': { type: 'text/javascript', body: await browserBundle(path.join(CONSOLE, 'main.ts')) },
    };
    const server = http.createServer((request, response) => {
      const asset = assets[new URL(request.url, 'http://localhost').pathname];
      response.writeHead(asset ? 200 : 404, {
        'content-type': `${asset ? asset.type : 'text/plain'}; charset=utf-8`,
        'cache-control': 'no-store',
      });
      response.end(asset ? asset.body : 'not found');
    });
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, resolve);
    });
    const url = `http://${host}:${server.address().port}/`;
    const close = () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    return { url, close };
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

module.exports = { startPreview };

if (require.main === module) {
  const port = process.env.PORT === undefined || process.env.PORT === '' ? 8080 : Number(process.env.PORT);
  const [script, ...extra] = process.argv.slice(2);
  if (extra.length > 0) {
    console.error('usage: npm start [-- <lesson-script.json>]');
    process.exit(2);
  }
  startPreview({ port, script }).then(
    ({ url, close }) => {
      console.log(`preview: ${url}${script ? ` playing ${script}` : ''}`);
      const stop = (signal) => {
        console.log(`preview: ${signal}, stopping`);
        close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (error) => {
      if (error.name === 'ScriptError') {
        console.error(`${error.name}: ${error.message}`);
        process.exit(2);
      }
      console.error(error.stack || error.message || error);
      process.exit(1);
    },
  );
}
