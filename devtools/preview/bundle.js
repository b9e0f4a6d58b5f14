/**
 * What the preview page needs, made from a build of the app:
 *   bundleBrowser()  devtools/preview/browser/main.js + miniprogram-simulate/j-component, for the browser
 *   compileWxml()    every WXML of the build through the official compiler (wcc), as browser JS
 *   appFiles()       the build's text files, which the browser loads as WeChat would
 */
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const BROWSER = path.join(__dirname, 'browser');
const TEXT_FILES = /\.(js|json|wxml|wxss|wxs)$/;

/** simulate's Node-only pieces are replaced: `path` by a tiny shim, `fs` by nothing, its WXSS compiler by ours. */
const browserShims = {
  name: 'preview-browser-shims',
  setup(build) {
    // simulate only touches fs and its compiler in Node; the browser page never reaches them.
    build.onResolve({ filter: /^fs$/ }, () => ({ path: 'fs', namespace: 'preview-empty' }));
    build.onLoad({ filter: /.*/, namespace: 'preview-empty' }, () => ({ contents: 'module.exports = {};' }));
    build.onResolve({ filter: /^path$/ }, () => ({ path: path.join(BROWSER, 'path.js') }));
    // The studio taps and reads the page's own store (lib/core.js); it never makes one.
    build.onResolve({ filter: /viewmodels\/LessonStore$/ }, () => ({ path: 'LessonStore', namespace: 'preview-no-store' }));
    build.onLoad({ filter: /.*/, namespace: 'preview-no-store' }, () => ({ contents: 'module.exports = {};' }));
    build.onResolve({ filter: /^\.\/wxss$/ }, (args) =>
      args.importer.includes(`miniprogram-simulate${path.sep}src`) ? { path: path.join(BROWSER, 'wxss.js') } : undefined,
    );
  },
};

/** One script for the browser page, bundled in memory (nothing is written to disk). */
async function browserBundle(entry, { define = {}, plugins = [] } = {}) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    charset: 'utf8',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"', ...define },
    plugins,
  });
  return result.outputFiles[0].text;
}

function bundleBrowser() {
  return browserBundle(path.join(BROWSER, 'main.js'), { define: { global: 'window' }, plugins: [browserShims] });
}

function compileWxml(outDir) {
  const compiler = require('miniprogram-compiler');
  return `window.__gwx = (function () {${compiler.wxmlToJs(outDir)}\n})();`;
}

function listFiles(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(full, base);
    return TEXT_FILES.test(entry.name) ? [path.relative(base, full).split(path.sep).join('/')] : [];
  });
}

function appFiles(outDir) {
  const files = {};
  for (const name of listFiles(outDir)) files[name] = fs.readFileSync(path.join(outDir, name), 'utf8');
  return { files, app: JSON.parse(files['app.json']) };
}

module.exports = { browserBundle, bundleBrowser, compileWxml, appFiles };
