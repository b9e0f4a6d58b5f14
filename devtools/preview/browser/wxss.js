// Stands in for miniprogram-simulate/src/wxss.js in the browser, where postcss/less/csso are not
// bundled: the same class prefixing (one prefix per component tag). Units are drawn on the
// preview's phone (375 × 620 px below the navigation bar, or ?phone=: phone.js): rpx, and vw/vh of the phone, not the window.
const { readFile } = require('./files');
const { phoneSize } = require('./phone');

const CLASS = /(.)?\.([-_a-zA-Z0-9]+)/g;

function getContent(filePath) {
  return readFile(filePath) || '';
}

/** Prefixes class selectors as the simulate compiler does; declarations are left alone. */
function compile(wxss, options = {}) {
  const prefix = options.prefix || '';
  return wxss.replace(
    /([^{}]+)\{/g,
    (all, selectors) =>
      `${selectors.replace(CLASS, (match, before, name) => (/\d/.test(before) ? match : `${before || ''}.${prefix}--${name}`))}{`,
  );
}

const { width, page } = phoneSize();
const PHONE = { rpx: width / 750, vw: width / 100, vh: page / 100 };

function toPx(css) {
  return css.replace(
    /(\d+(?:\.\d+)?)(rpx|vw|vh)\b/gi,
    (all, value, unit) => `${+(Number(value) * PHONE[unit.toLowerCase()]).toFixed(2)}px`,
  );
}

function insert(wxss, id) {
  const list = Array.isArray(wxss) ? wxss : [wxss];
  document.querySelectorAll(`style#${id}`).forEach((style) => style.remove());
  const style = document.createElement('style');
  style.id = id;
  style.textContent = toPx(list.join('\n'));
  document.head.appendChild(style);
}

module.exports = { getContent, compile, insert, toPx };
