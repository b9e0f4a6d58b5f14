// Stands in for miniprogram-simulate/src/wxss.js in the browser, where postcss/less/csso are not
// bundled: the same class prefixing (one prefix per component tag). Units are drawn on the
// preview's phone (375 × 620 px below the navigation bar): rpx, and vw/vh of the phone, not the window.
const { readFile } = require('./files');

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

/** rpx is fixed by the portrait phone's width; vw and vh follow the phone frame (turned in landscape, index.html). */
const RPX = 375 / 750;

function toPx(css) {
  return css.replace(/(\d+(?:\.\d+)?)(rpx|vw|vh)\b/gi, (all, value, unit) => {
    const lower = unit.toLowerCase();
    return lower === 'rpx' ? `${+(Number(value) * RPX).toFixed(2)}px` : `calc(${value} * var(--phone-${lower}))`;
  });
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
