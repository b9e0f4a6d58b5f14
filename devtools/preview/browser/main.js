// Browser entry: loads the built app sent by the server into miniprogram-simulate (the official
// j-component framework), then runs its pages in real time with a stub `wx`.
const { setFiles } = require('./files');
const { load, runScript } = require('./loader');
const wxss = require('./wxss');
const { createWx } = require('./wx');
const { installBridge } = require('./bridge');
const { createPages } = require('./pages');
const { createStudio } = require('./studio');
const { drawPhone } = require('./phone');

async function boot() {
  drawPhone();
  const response = await fetch('/app.json');
  const { files, app } = await response.json();
  for (const name of Object.keys(files)) {
    if (name.endsWith('.wxml') && typeof files[name] === 'string') files[name] = window.__gwx(name);
  }
  setFiles(files);

  const simulate = require('miniprogram-simulate');
  require('miniprogram-simulate/src/utils').runJs = runScript;
  installBridge();
  const style = document.createElement('style');
  style.textContent = wxss.toPx(wxss.compile(files['app.wxss'] || '', { prefix: 'main' })).replace(/(^|})\s*page\s*\{/g, '$1 #phone {');
  // Custom component hosts are blocks in the pages' layout.
  const hosts = new Set(
    Object.keys(files)
      .filter((name) => name.endsWith('.json'))
      .flatMap((name) => Object.keys(JSON.parse(files[name]).usingComponents || {})),
  );
  style.textContent += [...hosts].map((tag) => `${tag} { display: block; }`).join('\n');
  document.head.appendChild(style);

  const studio = createStudio(() => load('lib/core.js'));
  const pages = createPages(simulate, document.getElementById('phone'), (entry) => studio.pageOpened(entry));
  studio.followOrientation(pages);
  Object.assign(window.wx, createWx(pages));
  let appInstance = {};
  window.App = (options) => (appInstance = options);
  window.getApp = () => appInstance;
  runScript('/app');
  pages.navigateTo(`/${app.pages[0]}`);
  // The studio's Restart: straight back into the lesson, as a tap on 进入演示课堂 would; `#paused`
  // opens it held at its first moment, to be stepped through (the studio pauses it as it attaches).
  if (location.hash === '#play' || location.hash === '#paused') pages.navigateTo(load('lib/core.js').DEMO_PAGE);
  // `load` hands tools that bring their own lesson the app's modules (lib/core.js): test/preview/screens.test.ts.
  window.__preview = Object.assign(window.__preview || {}, { pages, load, ready: true });
}

boot().catch((error) => {
  document.getElementById('phone').textContent = `预览启动失败：${error.message}`;
  console.error(error);
});
