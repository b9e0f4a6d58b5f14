#!/usr/bin/env node
/**
 * `npm start`: builds the mini-program, then serves a browser preview of its real pages on
 * 127.0.0.1 (PORT, default 8080; 0 picks a free port). The demo lesson plays in real time.
 */
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const { build } = require('../../scripts/build');
const { appFiles, bundleBrowser, compileWxml } = require('./bundle');

async function startPreview({ port = 8080, host = '127.0.0.1' } = {}) {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lesson-preview-'));
  try {
    await build({ outDir });
    const assets = {
      '/': { type: 'text/html', body: fs.readFileSync(path.join(__dirname, 'index.html')) },
      '/preview.js': { type: 'text/javascript', body: await bundleBrowser() },
      '/gwx.js': { type: 'text/javascript', body: compileWxml(outDir) },
      '/app.json': { type: 'application/json', body: JSON.stringify(appFiles(outDir)) },
      '/favicon.ico': { type: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg"/>' },
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
  startPreview({ port }).then(
    ({ url, close }) => {
      console.log(`preview: ${url}`);
      const stop = (signal) => {
        console.log(`preview: ${signal}, stopping`);
        close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (error) => {
      console.error(error.stack || error.message || error);
      process.exit(1);
    },
  );
}
