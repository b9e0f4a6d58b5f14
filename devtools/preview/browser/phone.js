// The phone the preview draws: index.html's 375 × 620 px below the navigation bar by default, or
// a screen named by `?phone=<width>x<height>` (say 320x568), less its status bar (44 px on phones
// with a notch, from 812 px tall, else 20 px) and WeChat's 44 px navigation bar, as a page gets on
// that phone. On its side (full screen, studio/orientation.js) the page is the screen's height wide
// and its width less the navigation bar tall, as index.html's landscape frame.
const NAV_BAR = 44;

function phoneSize(search = window.location.search) {
  const named = /[?&]phone=(\d{3,4})x(\d{3,4})\b/.exec(search);
  if (!named) return { width: 375, height: 620 + NAV_BAR, statusBar: 0, page: 620, named: false };
  const [width, height] = [Number(named[1]), Number(named[2])];
  const statusBar = height >= 812 ? 44 : 20;
  return { width, height, statusBar, page: height - statusBar - NAV_BAR, named: true };
}

/** Sizes the frame for a named phone, upright and on its side; vw and vh follow it (wxss.js). */
function drawPhone(size = phoneSize()) {
  if (!size.named) return;
  const side = size.width - NAV_BAR;
  const style = document.createElement('style');
  style.textContent = [
    `#frame { width: ${size.width}px; padding-top: ${size.statusBar}px; }`,
    `#phone { --phone-vw: ${size.width / 100}px; --phone-vh: ${size.page / 100}px; height: ${size.page}px; }`,
    `#frame.landscape { width: ${size.height}px; padding-top: 0; }`,
    `#frame.landscape #phone { --phone-vw: ${size.height / 100}px; --phone-vh: ${side / 100}px; height: ${side}px; }`,
  ].join('\n');
  document.head.appendChild(style);
}

module.exports = { phoneSize, drawPhone };
