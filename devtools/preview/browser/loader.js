// A CommonJS loader over the built files, resolving as WeChat does: relative paths, then
// miniprogram_npm/<name> in each folder up to the root. Shared modules (lib/, npm) load once;
// page and component scripts run each time simulate registers them, as in Node.
const path = require('./path');
const { readFile } = require('./files');

const cache = {};

function resolve(fromDir, request) {
  if (request.startsWith('.') || request.startsWith('/')) {
    const base = request.startsWith('/') ? path.normalize(request) : path.join(fromDir, request);
    for (const candidate of [base, `${base}.js`, `${base}/index.js`])
      if (readFile(candidate) !== null) return candidate.replace(/^\/+/, '');
  } else {
    for (let dir = fromDir; ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'miniprogram_npm', request, 'index.js');
      if (readFile(candidate) !== null) return candidate.replace(/^\/+/, '');
      if (dir === '.' || dir === '/' || dir === '') break;
    }
  }
  throw new Error(`cannot resolve "${request}" from ${fromDir}`);
}

function run(file) {
  const module = { exports: {} };
  cache[file] = module;
  const source = readFile(file);
  // eslint-disable-next-line no-new-func -- the browser preview stands in for WeChat's module loader; the app itself never does this
  const wrapper = new Function('module', 'exports', 'require', `${source}\n//# sourceURL=/dist/${file}`);
  wrapper(module, module.exports, (request) => load(resolve(path.dirname(file), request)));
  return module.exports;
}

function load(file) {
  return cache[file] ? cache[file].exports : run(file);
}

/** Runs a page or component script (`componentPath` without extension), as simulate's runJs. */
function runScript(componentPath) {
  return run(`${componentPath.replace(/^\/+/, '')}.js`);
}

module.exports = { load, runScript };
