/**
 * One copy of each module in the app. The main package's core (lib/core.js) and the code of a
 * subpackage (the lesson's core, the demo's page) are bundled apart, because WeChat downloads a
 * subpackage later. A module both use would be bundled twice: two states, two class identities, an
 * `instanceof` across them that fails. So the main core also exports each module a subpackage's
 * bundle shares with it, under a short name ($0, $1, …), and the subpackage's bundle takes that
 * module from there (WeChat lets a subpackage require the main package, never the reverse).
 * Shared modules must have no default export (the build refuses one), so the exports object is the module.
 */
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

/** Stands for the main core in a subpackage bundle's code; resolved to its relative path there. */
const MAIN_CORE = '@main-core';
const SHARED = 'main-core-module';
const REPO_ROOT = path.resolve(__dirname, '..');

/** The source files (absolute) a bundle would take in. */
async function inputsOf(options) {
  const result = await esbuild.build({ ...options, write: false, metafile: true, sourcemap: false, minify: false });
  return Object.keys(result.metafile.inputs)
    .filter((key) => !/^[\w-]+:/.test(key))
    .map((key) => path.resolve(options.absWorkingDir || process.cwd(), key));
}

/**
 * The modules the main core bundles that any of `users` (bundle options, the main core external)
 * would bundle too, each with its name in the main core's exports.
 */
async function sharedModules(mainCore, users) {
  const main = new Set(await inputsOf(mainCore));
  const used = new Set((await Promise.all(users.map(inputsOf))).flat());
  // Data (JSON) has no state or identity: each bundle may keep its own copy.
  const shared = [...main].filter((file) => used.has(file) && /\.[jt]s$/.test(file)).sort();
  for (const file of shared)
    if (/^\s*export\s+default\b/m.test(fs.readFileSync(file, 'utf8')))
      throw new Error(`${file} has a default export; a module shared between packages must export names only (scripts/sharedModules.js)`);
  return new Map(shared.map((file, index) => [file, `$${index}`]));
}

/** The main core's entry: all of miniprogram/core.ts, and each shared module as a namespace. */
function mainCoreEntry(coreSource, shared) {
  return {
    name: 'main-core-entry',
    setup(build) {
      build.onResolve({ filter: /^main-core-entry$/ }, () => ({
        path: path.relative(REPO_ROOT, coreSource),
        namespace: 'main-core-entry',
      }));
      build.onLoad({ filter: /.*/, namespace: 'main-core-entry' }, () => ({
        contents: [
          `export * from ${JSON.stringify(coreSource)};`,
          ...[...shared].map(([file, name]) => `export * as ${name} from ${JSON.stringify(file)};`),
        ].join('\n'),
        resolveDir: path.dirname(coreSource),
        loader: 'ts',
      }));
    },
  };
}

/** The file an import names: TypeScript's own extension rules, for the relative imports of our sources. */
function sourceFile(request) {
  const candidates = [request, `${request}.ts`, `${request}.js`, `${request}.json`, path.join(request, 'index.ts')];
  return candidates.find((file) => fs.existsSync(file) && fs.statSync(file).isFile());
}

/** For a subpackage's bundle: a shared module becomes the main core's export of it. */
function takeShared(build, shared, mainCorePath) {
  build.onResolve({ filter: new RegExp(`^${MAIN_CORE}$`) }, () => ({ path: mainCorePath, external: true }));
  build.onLoad({ filter: /.*/, namespace: SHARED }, (args) => ({
    contents: `module.exports = require(${JSON.stringify(MAIN_CORE)}).${args.pluginData};`,
    loader: 'js',
  }));
  return (file) => {
    const name = shared.get(file);
    // The path names the module in a development bundle's comments: relative, so no checkout path
    // (a random temporary directory looks like a token to the secret check) reaches the package.
    return name ? { path: path.relative(REPO_ROOT, file), namespace: SHARED, pluginData: name } : undefined;
  };
}

module.exports = { sharedModules, mainCoreEntry, sourceFile, takeShared };
