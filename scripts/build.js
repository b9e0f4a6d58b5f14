#!/usr/bin/env node
/**
 * Builds the mini-program into dist/ without WeChat DevTools:
 *   lib/core.js           the main package's core: the entry page's code, the open lesson and its store
 *   lesson/lib/core.js    the lesson subpackage's core: the family's adapters, the application, the page's data path
 *   miniprogram_npm/<pkg> one CommonJS bundle per npm package, other packages kept external; the
 *                         family's SDKs, which only the lesson needs, in lesson/miniprogram_npm/
 *   app, pages, components: each .ts compiled alone, requiring the cores and npm packages
 * A module both cores use is bundled once, in the main core (see `sharedWithMainCore`), so each has
 * one state and one class identity in the app.
 * All output is CommonJS and ES2017 (see docs/miniprogram.md for why). The adapter family comes
 * from miniprogram/config/lesson.config.json (or LESSON_CONFIG / `--config <file>`), see
 * scripts/lessonConfig.js: only that family's runtime and SDK packages are bundled. DevTools opens
 * the repository root (project.config.json: miniprogramRoot dist/); `npm run dev` (scripts/dev.js)
 * makes development builds.
 * A release build (the default) minifies our own code as well and writes each script's source map
 * beside it (`lib/core.js.map`), with no link from the script: the maps turn a stack trace from a
 * phone back into source lines, and stay out of the package (project.config.json packOptions.ignore,
 * scripts/mpCi.js ignores; scripts/packageSize.js does not count them). A development build stays
 * readable, with linked maps.
 */
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');
const { readLessonConfig, FAMILIES } = require('./lessonConfig');
const { findSecret } = require('./secretShapes');
const { sharedModules, mainCoreEntry, sourceFile, takeShared } = require('./sharedModules');

const ROOT = path.resolve(__dirname, '..');
const SOURCE = path.join(ROOT, 'miniprogram');
const CORE_SOURCE = path.join(SOURCE, 'core.ts');
/** Subpackages with a core of their own: their pages require it, as the main package's pages require lib/core.js. */
const SUBPACKAGE_CORES = { lesson: path.join(SOURCE, 'lesson', 'core.ts') };
const CORES = [CORE_SOURCE, ...Object.values(SUBPACKAGE_CORES)];
/** The subpackage that holds the family's SDKs (lesson.npm): only the lesson uses them. */
const SDK_SUBPACKAGE = 'lesson';
/** npm packages every build requires at run time; each becomes miniprogram_npm/<name>/index.js. */
const NPM_PACKAGES = ['mobx-miniprogram', 'mobx-miniprogram-bindings', 'inversify', 'reflect-metadata'];
const SELECTED_FAMILY = path.join(SOURCE, 'runtime', 'families', 'selectedFamily.ts');
const STATIC_FILES = /\.(json|wxml|wxss|wxs|png|jpg|svg)$/;
/** Source files that match STATIC_FILES but are not part of the app. */
const NOT_SHIPPED = new Set(['tsconfig.json']);
/** What WeChat DevTools keeps in a project folder it opened: a rebuild leaves it alone. */
const KEPT_BY_DEVTOOLS = new Set(['project.private.config.json']);
/** Folders of non-npm components (TIC's miniprogram/tic/): copied whole, and only for their family. */
const COPIED_IN = Object.values(FAMILIES)
  .filter((family) => family.components)
  .map((family) => path.join(ROOT, family.components.dir));
const TARGET = 'es2017';
/** The lesson page's family parts (scripts/lessonConfig.js, `lessonPage`): the build writes in the chosen family's. */
const LESSON_PAGE = path.join(SOURCE, 'lesson');
const FAMILY_PAGE_PARTS = path.join(LESSON_PAGE, 'media');

const common = {
  bundle: true,
  format: 'cjs',
  target: TARGET,
  platform: 'neutral',
  mainFields: ['main', 'module'],
  charset: 'utf8',
  logLevel: 'silent',
  define: { 'process.env.NODE_ENV': '"production"' },
  absWorkingDir: ROOT,
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

/**
 * Pages and components reach our code only through a core: the main package's (miniprogram/core.ts)
 * or their subpackage's (miniprogram/lesson/core.ts), each kept as one shared module. A bundle that
 * `bundlesOwnCode` (a subpackage's core, the demo's page) takes in the code only it needs, and takes
 * what the main core already holds from there (`shared`, scripts/sharedModules.js). The family's
 * SDKs (`sdks`) are in the lesson subpackage's miniprogram_npm; a subpackage's bundle (`from`
 * names its root) requires every package by relative path.
 */
function coreImports(outDir, outFile, { bundlesOwnCode = false, shared = new Map(), sdks = [], from } = {}) {
  const relativeTo = (target) => {
    const relative = path.relative(path.dirname(outFile), target).split(path.sep).join('/');
    return relative.startsWith('.') ? relative : `./${relative}`;
  };
  return {
    name: 'core-imports',
    setup(build) {
      const sharedModule = takeShared(build, shared, relativeTo(coreOutput(outDir, CORE_SOURCE)));
      // In a subpackage, every package is required by its path: the main package's libraries
      // (whether WeChat looks a bare name up from a subpackage is not something to rely on) and
      // the family's SDKs, which lie in the lesson subpackage's own miniprogram_npm.
      const libraries = from ? NPM_PACKAGES.map((name) => [name, path.join(outDir, 'miniprogram_npm', name, 'index.js')]) : [];
      const own = sdks.map((name) => [name, path.join(outDir, SDK_SUBPACKAGE, 'miniprogram_npm', name, 'index.js')]);
      for (const [name, file] of [...libraries, ...own])
        build.onResolve({ filter: new RegExp(`^${name}$`) }, () => ({ path: relativeTo(file), external: true }));
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const file = sourceFile(path.resolve(args.resolveDir, args.path));
        if (CORES.includes(file)) {
          // A subpackage may require the main package, never another package's subpackage.
          const owner = subpackageOf(file);
          if (owner && owner !== from)
            return {
              errors: [
                {
                  text: `${args.importer} imports ${args.path}: that is the ${owner} subpackage's core, which only its own pages may require`,
                },
              ],
            };
          return { path: relativeTo(coreOutput(outDir, file)), external: true };
        }
        if (!bundlesOwnCode)
          return {
            errors: [
              {
                text: `${args.importer} imports ${args.path}: pages and components import run-time code only from a core (miniprogram/core, miniprogram/lesson/core)`,
              },
            ],
          };
        return sharedModule(file);
      });
    },
  };
}

/** Where a core is built: lib/core.js in its package's root. */
function coreOutput(outDir, source) {
  return path.join(outDir, path.relative(SOURCE, path.dirname(source)), 'lib', 'core.js');
}

/** The root of the subpackage a source file belongs to (app.json), or undefined for the main package. */
function subpackageOf(file) {
  const relative = path.relative(SOURCE, file).split(path.sep).join('/');
  return subpackageRoots().find((root) => relative.startsWith(`${root}/`));
}

function subpackageRoots() {
  const app = JSON.parse(fs.readFileSync(path.join(SOURCE, 'app.json'), 'utf8'));
  return (app.subPackages || app.subpackages || []).map((sub) => sub.root.replace(/^\/|\/$/g, ''));
}

function listFiles(dir, filter) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'typings' || COPIED_IN.includes(full) || full === FAMILY_PAGE_PARTS ? [] : listFiles(full, filter);
    return filter.test(entry.name) && !NOT_SHIPPED.has(entry.name) ? [full] : [];
  });
}

/** Every page and component script (main package and subpackages), plus app.ts. */
function viewEntries() {
  return [path.join(SOURCE, 'app.ts'), ...listFiles(SOURCE, /^index\.ts$/)];
}

/**
 * The core imports runtime/families/selectedFamily; the build puts the configured family's
 * runtime and settings there, so no source file changes when the family does.
 */
function configuredFamily({ config, runtime }) {
  return {
    name: 'configured-family',
    setup(build) {
      build.onLoad({ filter: /[\\/]runtime[\\/]families[\\/]selectedFamily\.ts$/ }, () => ({
        contents: [
          `export { openClass } from ${JSON.stringify(runtime.replace(/\.ts$/, ''))};`,
          `export const LESSON_CONFIG = ${JSON.stringify(config)};`,
        ].join('\n'),
        resolveDir: path.dirname(SELECTED_FAMILY),
        loader: 'ts',
      }));
    },
  };
}

/** The demo class bundles lessons/demo.json; the preview (`npm start -- lessons/x.json`) builds it with another script. */
function demoScriptFrom(file) {
  return {
    name: 'demo-script',
    setup(build) {
      build.onResolve({ filter: /[\\/]lessons[\\/]demo\.json$/ }, () => ({ path: path.resolve(file) }));
    },
  };
}

async function buildNpmPackage(outDir, name, packages, folder = '') {
  await esbuild.build({
    ...common,
    entryPoints: [require.resolve(name, { paths: [ROOT] })],
    outfile: path.join(outDir, folder, 'miniprogram_npm', name, 'index.js'),
    external: packages.filter((other) => other !== name),
    // Vendor code is minified in every build: nobody debugs it here.
    minify: true,
    plugins: [noCodeGeneration],
  });
}

function jsOf(outDir, entry) {
  return path.join(outDir, path.relative(SOURCE, entry)).replace(/\.ts$/, '.js');
}

/** Removes the previous build, but not what DevTools keeps there. */
function emptyBuildFolder(outDir) {
  if (!fs.existsSync(outDir)) return;
  for (const entry of fs.readdirSync(outDir)) {
    if (!KEPT_BY_DEVTOOLS.has(entry)) fs.rmSync(path.join(outDir, entry), { recursive: true, force: true });
  }
}

/**
 * `development`: source maps for our code, and an http backend on this machine or the LAN is
 * accepted with a warning (`npm run dev`). A release build (the default) refuses anything but https.
 */
async function build({ outDir, configFile, development = false, demoScript } = {}) {
  outDir = outDir || path.join(ROOT, 'dist');
  // Read first: a bad config must fail before the old build is removed.
  const lesson = readLessonConfig(configFile, { development });
  const packages = [...NPM_PACKAGES, ...lesson.npm];
  const ownCode = { minify: !development, sourcemap: development ? 'linked' : 'external' };
  emptyBuildFolder(outDir);
  for (const file of listFiles(SOURCE, STATIC_FILES)) {
    const target = path.join(outDir, path.relative(SOURCE, file));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(file, target);
  }
  // TIC's sources are plain JS components the pages use as they are (docs/tic-family.md).
  if (lesson.components) fs.cpSync(lesson.components, path.join(outDir, path.relative(SOURCE, lesson.components)), { recursive: true });
  if (lesson.lessonPage) writeLessonPage(outDir, lesson.lessonPage);
  await Promise.all([
    ...NPM_PACKAGES.map((name) => buildNpmPackage(outDir, name, packages)),
    ...lesson.npm.map((name) => buildNpmPackage(outDir, name, packages, SDK_SUBPACKAGE)),
  ]);
  const extras = demoScript ? [demoScriptFrom(demoScript)] : [];
  const bundle = (entry, outfile, plugins) => ({
    ...common,
    entryPoints: [entry],
    outfile,
    external: packages,
    plugins: [...plugins, configuredFamily(lesson), ...extras],
  });
  // A subpackage's own bundles: its core, or its pages when it has none (the demo).
  const subpackageBundles = [
    ...Object.values(SUBPACKAGE_CORES).map((core) => ({ entry: core, outfile: coreOutput(outDir, core), sdks: lesson.npm })),
    ...viewEntries()
      .filter((entry) => subpackageOf(entry) && !SUBPACKAGE_CORES[subpackageOf(entry)])
      .map((entry) => ({ entry, outfile: jsOf(outDir, entry), sdks: [] })),
  ];
  const shared = await sharedModules(
    bundle(CORE_SOURCE, coreOutput(outDir, CORE_SOURCE), []),
    subpackageBundles.map(({ entry, outfile }) =>
      bundle(entry, outfile, [coreImports(outDir, outfile, { bundlesOwnCode: true, from: subpackageOf(entry) })]),
    ),
  );
  const ownBundles = subpackageBundles.map(({ entry, outfile, sdks }) => ({
    entry,
    outfile,
    plugin: coreImports(outDir, outfile, { bundlesOwnCode: true, shared, sdks, from: subpackageOf(entry) }),
  }));
  const viewBundles = viewEntries()
    .filter((entry) => !ownBundles.some((own) => own.entry === entry))
    .map((entry) => ({
      entry,
      outfile: jsOf(outDir, entry),
      plugin: coreImports(outDir, jsOf(outDir, entry), { from: subpackageOf(entry) }),
    }));
  await Promise.all([
    esbuild.build({ ...bundle('main-core-entry', coreOutput(outDir, CORE_SOURCE), [mainCoreEntry(CORE_SOURCE, shared)]), ...ownCode }),
    ...[...ownBundles, ...viewBundles].map(({ entry, outfile, plugin }) =>
      esbuild.build({ ...bundle(entry, outfile, [plugin]), ...ownCode }),
    ),
  ]);
  refuseSecrets(outDir, lesson.components && path.join(outDir, path.relative(SOURCE, lesson.components)));
  return { outDir, npmPackages: packages, family: lesson.config.family, warnings: lesson.warnings };
}

/**
 * The family's part of the lesson page: its components under usingComponents, and its media markup
 * as lesson/media.wxml, which the page includes (the source's own media.wxml holds nothing).
 */
function writeLessonPage(outDir, { usingComponents, media }) {
  const page = path.join(outDir, path.relative(SOURCE, LESSON_PAGE));
  const json = JSON.parse(fs.readFileSync(path.join(page, 'index.json'), 'utf8'));
  json.usingComponents = { ...json.usingComponents, ...usingComponents };
  fs.writeFileSync(path.join(page, 'index.json'), `${JSON.stringify(json, null, 2)}\n`);
  fs.copyFileSync(path.join(ROOT, media), path.join(page, 'media.wxml'));
}

const TEXT_FILES = /\.(js|json|wxml|wxss|wxs)$/;

/**
 * The built package, scanned for secrets by their shape (scripts/secretShapes.js): exact shapes
 * everywhere, loose ones only in what we wrote (vendor code in miniprogram_npm and the copied TIC
 * components is minified and full of random-looking tables). A package with one is removed, so
 * it cannot be uploaded by mistake.
 */
function refuseSecrets(outDir, componentsDir) {
  const vendor = [componentsDir].filter(Boolean).map((dir) => dir + path.sep);
  const isVendor = (file) =>
    /(^|\/)miniprogram_npm\//.test(path.relative(outDir, file).split(path.sep).join('/')) || vendor.some((dir) => file.startsWith(dir));
  for (const file of listAll(outDir).filter((name) => TEXT_FILES.test(name))) {
    const text = fs.readFileSync(file, 'utf8');
    const secret = findSecret(text, { loose: !isVendor(file) });
    if (!secret) continue;
    fs.rmSync(outDir, { recursive: true, force: true });
    const line = text.slice(0, secret.at).split('\n').length;
    throw new Error(
      `${path.relative(outDir, file)}:${line} holds ${secret.reason}, ${secret.sample}; anyone who has the mini-program can read it, so the build is refused (and its output removed)`,
    );
  }
}

function listAll(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listAll(full) : [full];
  });
}

module.exports = { build, NPM_PACKAGES, KEPT_BY_DEVTOOLS };

if (require.main === module) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--config');
  const configFile = at >= 0 ? args.splice(at, 2)[1] : undefined;
  const outDir = args[0] ? path.resolve(args[0]) : undefined;
  build({ outDir, configFile }).then(
    ({ outDir, family }) => console.log(`built ${path.relative(ROOT, outDir)}/ (${family} family)`),
    (error) => {
      console.error(error.message || error);
      process.exit(1);
    },
  );
}
if (require.main === module) require('./packageSize').reportAfterBuild(process.argv.slice(2), ROOT);
