#!/usr/bin/env node
/**
 * Sizes of a built mini-program's packages, counted the way WeChat counts them: every file under
 * a subpackage's root belongs to that subpackage, everything else to the main package.
 * WeChat refuses a main package over 2 MB and an app over 20 MB; this project keeps to tighter
 * budgets so there is room left for the real SDKs and pictures.
 */
const fs = require('fs');
const path = require('path');

const MAIN_BUDGET = 1.5 * 1024 * 1024;
const TOTAL_BUDGET = 4 * 1024 * 1024;
/** WeChat's own limit for one subpackage. */
const SUBPACKAGE_LIMIT = 2 * 1024 * 1024;
/** The subpackage a class needs besides the main package (the demo's is only for the demo class). */
const LESSON_SUBPACKAGE = 'lesson';
/**
 * Issue 18's budgets per family: the main package of each build, and our own code in it (all but
 * the SDKs and libraries in a miniprogram_npm/, which are mandated) for the family that ships.
 * `lessonOwnCode` is ours (docs/adr/0007-the-lesson-is-a-subpackage.md): our own code a student
 * downloads for a class, the main package's and the lesson subpackage's together, so moving code
 * out of the main package never hides its growth. Issue 29 moved it from 150 KB to 160 KB: the
 * chat window a student can read back in, its ring of slots and the stable player places cost
 * 5 KB minified, and nothing of that size could go instead. Issue 25 moved it to 200 KB: the class
 * tools (invitations, answer cards and polls, check-in, rewards, the clock: their domain, protocol,
 * use cases, view and card) cost about 28 KB minified, a feature set a class cannot do without.
 */
const FAMILY_BUDGETS = {
  tencent: { main: 900 * 1024, ownCode: 80 * 1024, lessonOwnCode: 200 * 1024 },
  local: { main: 300 * 1024 },
};
/** Source maps lie beside a release build's scripts but are never uploaded (project.config.json packOptions.ignore). */
const NOT_PACKED = /\.map$/;
const LIBRARIES = /(^|\/)miniprogram_npm\//;

function filesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

function packageSizes(distDir) {
  const appJson = path.join(distDir, 'app.json');
  if (!fs.existsSync(appJson)) throw new Error(`no built app in ${distDir} (app.json is missing)`);
  const app = JSON.parse(fs.readFileSync(appJson, 'utf8'));
  const roots = (app.subpackages || app.subPackages || []).map((sub) => sub.root.replace(/^\/|\/$/g, ''));
  const subpackages = roots.map((root) => ({ root, bytes: 0, ownCode: 0 }));
  const main = { bytes: 0 };
  const files = filesUnder(distDir)
    .map((file) => ({ file: path.relative(distDir, file).split(path.sep).join('/'), bytes: fs.statSync(file).size }))
    .filter(({ file }) => !NOT_PACKED.test(file));
  let ownCode = 0;
  for (const { file, bytes } of files) {
    const sub = subpackages.find((candidate) => file.startsWith(`${candidate.root}/`));
    (sub || main).bytes += bytes;
    if (LIBRARIES.test(file)) continue;
    if (sub) sub.ownCode += bytes;
    else ownCode += bytes;
  }
  const total = files.reduce((sum, { bytes }) => sum + bytes, 0);
  const largest = [...files].sort((a, b) => b.bytes - a.bytes).slice(0, 8);
  const lesson = subpackages.find((sub) => sub.root === LESSON_SUBPACKAGE);
  const lessonOwnCode = ownCode + (lesson ? lesson.ownCode : 0);
  return { main: main.bytes, ownCode, libraries: main.bytes - ownCode, subpackages, lessonOwnCode, total, largest };
}

/** Budget misses in words; empty when all hold. `family` adds that family's tighter budgets. */
function sizeMisses(sizes, family) {
  const misses = [];
  const budgets = FAMILY_BUDGETS[family] || {};
  if (sizes.main > MAIN_BUDGET) misses.push(`main package is ${kb(sizes.main)} (budget ${kb(MAIN_BUDGET)})`);
  if (sizes.total > TOTAL_BUDGET) misses.push(`whole app is ${kb(sizes.total)} (budget ${kb(TOTAL_BUDGET)})`);
  if (budgets.main && sizes.main > budgets.main)
    misses.push(`the ${family} build's main package is ${kb(sizes.main)} (budget ${kb(budgets.main)})`);
  if (budgets.ownCode && sizes.ownCode > budgets.ownCode)
    misses.push(`our own code in the ${family} build's main package is ${kb(sizes.ownCode)} (budget ${kb(budgets.ownCode)})`);
  if (budgets.lessonOwnCode && sizes.lessonOwnCode > budgets.lessonOwnCode)
    misses.push(
      `our own code a student downloads for a class in the ${family} build is ${kb(sizes.lessonOwnCode)} (budget ${kb(budgets.lessonOwnCode)})`,
    );
  for (const sub of sizes.subpackages)
    if (sub.bytes > SUBPACKAGE_LIMIT) misses.push(`subpackage ${sub.root} is ${kb(sub.bytes)} (WeChat's limit ${kb(SUBPACKAGE_LIMIT)})`);
  return misses;
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function describe(sizes) {
  const lines = [
    `main package ${kb(sizes.main)} of ${kb(MAIN_BUDGET)} (our own code ${kb(sizes.ownCode)}, libraries ${kb(sizes.libraries)}); whole app ${kb(sizes.total)} of ${kb(TOTAL_BUDGET)}`,
  ];
  for (const sub of sizes.subpackages)
    lines.push(`subpackage ${sub.root} ${kb(sub.bytes)} (our own code ${kb(sub.ownCode)}, libraries ${kb(sub.bytes - sub.ownCode)})`);
  lines.push(`our own code for a class (main package and lesson subpackage): ${kb(sizes.lessonOwnCode)}`);
  lines.push(`largest files: ${sizes.largest.map(({ file, bytes }) => `${file} ${kb(bytes)}`).join(', ')}`);
  return lines.concat(sizeMisses(sizes).map((miss) => `OVER BUDGET: ${miss}`)).join('\n');
}

/** For scripts/build.js: after a successful build, report on the folder it built (its first plain argument, or dist/). */
function reportAfterBuild(args, root) {
  process.once('beforeExit', (code) => {
    if (code !== 0) return;
    const plain = args.filter((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--config');
    console.log(describe(packageSizes(plain[0] ? path.resolve(plain[0]) : path.join(root, 'dist'))));
  });
}

module.exports = { packageSizes, sizeMisses, describe, reportAfterBuild, MAIN_BUDGET, TOTAL_BUDGET, FAMILY_BUDGETS };

if (require.main === module) {
  const dist = path.resolve(process.argv[2] || path.join(__dirname, '..', 'dist'));
  try {
    const sizes = packageSizes(dist);
    console.log(describe(sizes));
    process.exitCode = sizeMisses(sizes).length ? 1 : 0;
  } catch (error) {
    console.error(error.message);
    process.exitCode = 2;
  }
}
