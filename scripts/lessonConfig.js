/**
 * The app's one switch: miniprogram/config/lesson.config.json names the adapter family and the
 * non-secret settings that family needs (docs/adr/0002-one-family-switch-in-the-build.md). The
 * build reads it, refuses a bad one with a message that says how to fix it, and bundles only the
 * chosen family's runtime and SDK packages.
 */
const fs = require('fs');
const path = require('path');
const { findSecret, stringsOf } = require('./secretShapes');

const ROOT = path.resolve(__dirname, '..');
const DEFAULT_CONFIG = path.join(ROOT, 'miniprogram', 'config', 'lesson.config.json');

/** What each family needs: its runtime module (miniprogram/runtime/families/), npm SDKs, settings. */
const FAMILIES = {
  local: { runtime: 'localFamily', npm: [], settings: {} },
  tencent: {
    runtime: 'tencentFamily',
    npm: ['tim-wx-sdk', 'tim-upload-plugin', 'trtc-wx-sdk'],
    // `backend`: the school's own contract, or LCIC (classroom aPaaS) classes it relays (docs/adapters.md).
    settings: { sdkAppId: 'positive integer', backendUrl: 'https URL', backend: ['school', 'lcic'] },
  },
  tic: {
    runtime: 'ticFamily',
    // The TIC components are not on npm; whoever deploys TIC copies them in (docs/tic-family.md).
    npm: [],
    settings: { sdkAppId: 'positive integer', backendUrl: 'https URL' },
    components: {
      dir: 'miniprogram/tic',
      files: ['constant/Constant.js', 'components/tic-component/tic-component.json', 'components/webrtc-room/webrtc-room.json'],
    },
    // Only this family's lesson page declares and holds TIC's components: WeChat refuses to compile
    // a page whose component files are missing, so the build writes them in for tic builds alone.
    lessonPage: {
      usingComponents: {
        'tic-component': '/tic/components/tic-component/tic-component',
        'webrtc-room': '/tic/components/webrtc-room/webrtc-room',
      },
      media: 'miniprogram/lesson/media/tic.wxml',
    },
  },
};

/** Keys that smell of a secret: the bundle is readable by anyone who has the mini-program. */
const SECRET_KEY = /secret|password|private|usersig|token/i;

function fail(file, problem) {
  throw new Error(`${path.relative(ROOT, file) || file}: ${problem}`);
}

/**
 * `npm run dev:server` on this machine or the LAN: a development build may reach it over http, as
 * DevTools does with 不校验合法域名 ticked (and a phone in debug mode). Never a public host.
 */
const DEVELOPMENT_BACKEND =
  /^http:\/\/(localhost|127(\.\d{1,3}){3}|10(\.\d{1,3}){3}|192\.168(\.\d{1,3}){2}|172\.(1[6-9]|2\d|3[01])(\.\d{1,3}){2})(:\d+)?(\/|$)/;

/** Returns a warning when a development build accepts what a release build would refuse. */
function checkSetting(file, key, kind, value, development) {
  // A list: an optional choice, its first entry the default.
  if (Array.isArray(kind)) {
    if (value !== undefined && !kind.includes(value))
      fail(
        file,
        `"${key}" must be one of ${kind.map((choice) => JSON.stringify(choice)).join(', ')} (default ${JSON.stringify(kind[0])}), got ${JSON.stringify(value)}`,
      );
    return undefined;
  }
  if (kind === 'positive integer' && !(Number.isInteger(value) && value > 0))
    fail(file, `"${key}" must be a positive integer, got ${JSON.stringify(value)}`);
  if (kind === 'https URL' && !(typeof value === 'string' && /^https:\/\/[^\s/]+/.test(value))) {
    if (development && typeof value === 'string' && DEVELOPMENT_BACKEND.test(value)) {
      return `"${key}" is ${value}: plain http on this machine or the LAN, for development only. Tick 不校验合法域名 in DevTools (a phone needs debug mode); a release build refuses it.`;
    }
    const hint = development ? ' or, in a development build, http on localhost or a LAN address' : '';
    fail(file, `"${key}" must be an https URL (WeChat only requests https)${hint}, got ${JSON.stringify(value)}`);
  }
  return undefined;
}

/**
 * Reads and checks the config; returns it with what the build needs to know about its family, and
 * warnings (a development build's http backend).
 */
function readLessonConfig(file, { development = false } = {}) {
  file = path.resolve(file || process.env.LESSON_CONFIG || DEFAULT_CONFIG);
  if (!fs.existsSync(file)) fail(file, 'no such config file');
  let config;
  try {
    config = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    fail(file, `not valid JSON (${error.message})`);
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) fail(file, 'must be a JSON object');
  const family = FAMILIES[config.family];
  if (!family) fail(file, `"family" must be one of ${Object.keys(FAMILIES).join(', ')}, got ${JSON.stringify(config.family)}`);
  for (const key of Object.keys(config)) {
    if (SECRET_KEY.test(key)) fail(file, `"${key}" looks like a secret; secrets stay on the school server, never in the mini-program`);
    if (key !== 'family' && !(key in family.settings) && key !== 'sessionStorageKey')
      fail(file, `"${key}" is not a setting of the ${config.family} family`);
  }
  const warnings = Object.entries(family.settings)
    .map(([key, kind]) => checkSetting(file, key, kind, config[key], development))
    .filter(Boolean)
    .map((warning) => `${path.relative(ROOT, file) || file}: ${warning}`);
  // A secret can hide under an innocent key, or inside a value (`backendUrl: https://…?key=…`).
  for (const [key, value] of stringsOf(config)) {
    const secret = findSecret(value);
    if (secret)
      fail(file, `"${key}" holds ${secret.reason}, ${secret.sample}; secrets stay on the school server, never in the mini-program`);
  }
  if (family.components) checkComponents(file, config.family, family.components);
  const runtime = path.join(ROOT, 'miniprogram', 'runtime', 'families', `${family.runtime}.ts`);
  if (!fs.existsSync(runtime)) fail(file, `the ${config.family} family has no app runtime yet (${path.relative(ROOT, runtime)})`);
  const components = family.components && path.join(ROOT, family.components.dir);
  return { file, config, runtime, npm: family.npm, components, lessonPage: family.lessonPage, warnings };
}

/** The family's non-npm components are copied in (the build then writes them into the lesson page). */
function checkComponents(file, name, { dir, files }) {
  const missing = files.filter((part) => !fs.existsSync(path.join(ROOT, dir, part)));
  if (missing.length > 0) {
    fail(
      file,
      `the ${name} family needs Tencent's TIC mini-program components in ${dir}/ (missing ${missing.join(', ')}), which are not on npm; copy them in as docs/tic-family.md says, then build again`,
    );
  }
}

module.exports = { readLessonConfig, FAMILIES, DEFAULT_CONFIG };
