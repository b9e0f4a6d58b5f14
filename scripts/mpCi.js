#!/usr/bin/env node
/**
 * `npm run mp:preview` / `npm run mp:upload`: a release build, then WeChat's miniprogram-ci
 * previews it (a QR code in the terminal) or uploads it as a development version.
 *   WECHAT_UPLOAD_KEY  path to the upload key (mp.weixin.qq.com → 开发管理 → 小程序代码上传密钥);
 *                      the key never enters the repository
 *   WECHAT_APPID       optional; otherwise the appid in project.config.json (not touristappid)
 *   MP_VERSION, MP_DESC  optional, for upload: the version (package.json's by default) and note
 * miniprogram-ci is not a dependency (over a thousand packages for two commands); install it once
 * with `npm install --no-save miniprogram-ci@2`.
 */
const fs = require('fs');
const path = require('path');
const { build } = require('./build');

const ROOT = path.resolve(__dirname, '..');
const ACTIONS = ['preview', 'upload'];

function refuse(message) {
  console.error(message);
  process.exit(2);
}

/** Everything that can be checked before a build: the action, the key, the AppID, miniprogram-ci. */
function settings(action, env) {
  if (!ACTIONS.includes(action)) refuse(`usage: node scripts/mpCi.js ${ACTIONS.join('|')}`);
  const keyPath = env.WECHAT_UPLOAD_KEY;
  if (!keyPath) {
    refuse(
      `mp:${action} needs the upload key: set WECHAT_UPLOAD_KEY to the path of the private.<appid>.key downloaded from mp.weixin.qq.com (开发管理 → 开发设置 → 小程序代码上传), and add this machine's IP to the upload whitelist there.`,
    );
  }
  if (!fs.existsSync(keyPath)) refuse(`WECHAT_UPLOAD_KEY names ${keyPath}, which does not exist.`);
  const project = JSON.parse(fs.readFileSync(path.join(ROOT, 'project.config.json'), 'utf8'));
  const appid = env.WECHAT_APPID || project.appid;
  if (!appid || appid === 'touristappid') {
    refuse(`mp:${action} needs a real AppID: set WECHAT_APPID, or replace "touristappid" in project.config.json with your AppID.`);
  }
  let ci;
  try {
    ci = require('miniprogram-ci');
  } catch {
    refuse('miniprogram-ci is not installed: run `npm install --no-save miniprogram-ci@2` once (it is large, so it is not a dependency).');
  }
  return { ci, appid, keyPath, miniprogramRoot: project.miniprogramRoot };
}

async function main(action, env) {
  const { ci, appid, keyPath, miniprogramRoot } = settings(action, env);
  const built = await build({ outDir: path.join(ROOT, miniprogramRoot) });
  console.log(`built ${miniprogramRoot} (${built.family} family)`);
  const project = new ci.Project({
    appid,
    type: 'miniProgram',
    projectPath: ROOT,
    privateKeyPath: keyPath,
    // A release build's source maps lie beside its scripts, for reading phone stack traces; never uploaded.
    ignores: ['node_modules/**/*', '**/*.map'],
  });
  // The build already bundles and lowers to ES2017; miniprogram-ci must not transform it again.
  const setting = { es6: false, es7: false, minify: false, autoPrefixWXSS: false };
  if (action === 'preview') {
    await ci.preview({ project, setting, desc: env.MP_DESC || 'preview', qrcodeFormat: 'terminal', robot: 1 });
  } else {
    const version = env.MP_VERSION || require('../package.json').version;
    await ci.upload({ project, setting, version, desc: env.MP_DESC || `v${version}`, robot: 1 });
    console.log(`uploaded ${version} as a development version; submit it for review on mp.weixin.qq.com`);
  }
}

main(process.argv[2], process.env).catch((error) => {
  console.error(error.message || error);
  process.exit(1);
});
