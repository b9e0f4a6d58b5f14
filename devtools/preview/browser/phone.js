// The phone the preview draws: 375 × 620 px below the navigation bar by default, or a screen named
// by `?phone=<width>x<height>` (say 320x568), less its status bar (44 px on phones with a notch, from
// 812 px tall, else 20 px) and WeChat's 44 px navigation bar, as a page gets on that phone.
const NAV_BAR = 44;

function phoneSize(search = window.location.search) {
  const named = /[?&]phone=(\d{3,4})x(\d{3,4})\b/.exec(search);
  if (!named) return { width: 375, statusBar: 0, page: 620 };
  const [width, height] = [Number(named[1]), Number(named[2])];
  const statusBar = height >= 812 ? 44 : 20;
  return { width, statusBar, page: height - statusBar - NAV_BAR };
}

/** Sizes the frame for the phone: its width, the status bar above the navigation bar, the page's height. */
function drawPhone(size = phoneSize()) {
  document.getElementById('frame').style.width = `${size.width}px`;
  document.getElementById('frame').style.paddingTop = `${size.statusBar}px`;
  document.getElementById('phone').style.height = `${size.page}px`;
}

module.exports = { phoneSize, drawPhone };
