#!/usr/bin/env node
/**
 * Builds the mini-program into dist/ without WeChat DevTools:
 *   lib/core.js           domain + application + infrastructure + miniprogram view models, one module
 *   miniprogram_npm/<pkg> one CommonJS bundle per npm package, other packages kept external
 *   app, pages, components: each .ts compiled alone, requiring lib/core.js and npm packages
 * All output is CommonJS and ES2017 (see docs/miniprogram.md for why).
 */
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const SOURCE = path.join(ROOT, 'miniprogram');
const CORE_SOURCE = path.join(SOURCE, 'core.ts');
/** npm packages the mini-program requires at run time; each becomes miniprogram_npm/<name>/index.js. */
const NPM_PACKAGES = ['mobx-miniprogram', 'mobx-miniprogram-bindings', 'inversify', 'reflect-metadata'];
const STATIC_FILES = /\.(json|wxml|wxss|wxs|png|jpg|svg)$/;
const TARGET = 'es2017';

const common = {
  bundle: true,
  format: 'cjs',
  target: TARGET,
  platform: 'neutral',
  mainFields: ['main', 'module'],
  charset: 'utf8',
  logLevel: 'silent',
  define: { 'process.env.NODE_ENV': '"production"' },
};

/**
 * reflect-metadata falls back to Function("return this") and indirect eval when globalThis is
 * missing; WeChat refuses both, and every supported base library has globalThis.
 */
const noCodeGeneration = {
  name: 'no-code-generation',
  setup(build) {
    build.onLoad({ filter: /reflect-metadata[\\/]Reflect\.js$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      const patched = source
        .replace('return Function("return this;")();', 'return undefined;')
        .replace('return (void 0, eval)("(function() { return this; })()");', 'return undefined;');
      return { contents: patched, loader: 'js' };
    });
  },
};

/** Pages and components reach our code only through miniprogram/core.ts, kept as one shared module. */
function sharedCore(outDir, outFile) {
  return {
    name: 'shared-core',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const resolved = path.resolve(args.resolveDir, args.path);
        if (resolved === CORE_SOURCE.replace(/\.ts$/, '') || resolved === CORE_SOURCE) {
          const relative = path.relative(path.dirname(outFile), path.join(outDir, 'lib', 'core.js')).split(path.sep).join('/');
          return { path: relative.startsWith('.') ? relative : `./${relative}`, external: true };
        }
        return { errors: [{ text: `${args.importer} imports ${args.path}: pages and components import run-time code only from miniprogram/core` }] };
      });
    },
  };
}

function listFiles(dir, filter) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'typings' ? [] : listFiles(full, filter);
    return filter.test(entry.name) ? [full] : [];
  });
}

/** Every page and component script, plus app.ts. */
function viewEntries() {
  const entries = [path.join(SOURCE, 'app.ts')];
  for (const folder of ['pages', 'components']) {
    entries.push(...listFiles(path.join(SOURCE, folder), /^index\.ts$/));
  }
  return entries;
}

async function buildNpmPackage(outDir, name) {
  await esbuild.build({
    ...common,
    entryPoints: [require.resolve(name, { paths: [ROOT] })],
    outfile: path.join(outDir, 'miniprogram_npm', name, 'index.js'),
    external: NPM_PACKAGES.filter((other) => other !== name),
    // Vendor code is minified to keep the main package small; our own code stays readable for DevTools.
    minify: true,
    plugins: [noCodeGeneration],
  });
}

async function build({ outDir } = {}) {
  outDir = outDir || path.join(ROOT, 'dist');
  fs.rmSync(outDir, { recursive: true, force: true });
  for (const file of listFiles(SOURCE, STATIC_FILES)) {
    const target = path.join(outDir, path.relative(SOURCE, file));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(file, target);
  }
  await Promise.all(NPM_PACKAGES.map((name) => buildNpmPackage(outDir, name)));
  await esbuild.build({ ...common, entryPoints: [CORE_SOURCE], outfile: path.join(outDir, 'lib', 'core.js'), external: NPM_PACKAGES });
  await Promise.all(
    viewEntries().map((entry) => {
      const outfile = path.join(outDir, path.relative(SOURCE, entry)).replace(/\.ts$/, '.js');
      return esbuild.build({ ...common, entryPoints: [entry], outfile, external: NPM_PACKAGES, plugins: [sharedCore(outDir, outfile)] });
    }),
  );
  return { outDir, npmPackages: NPM_PACKAGES };
}

module.exports = { build, NPM_PACKAGES };

if (require.main === module) {
  const outDir = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
  build({ outDir }).then(
    ({ outDir }) => console.log(`built ${path.relative(ROOT, outDir)}/`),
    (error) => {
      console.error(error.message || error);
      process.exit(1);
    },
  );
}
