// Full screen turns the phone frame to landscape, as the lesson page's <page-meta
// page-orientation> turns a phone: read from the page as rendered, not restyled.
function orientationOf(entry) {
  const meta = entry.host.querySelector('wx-page-meta');
  return meta && meta.getAttribute('page-orientation');
}

function showOrientation(pages) {
  const frame = document.getElementById('frame');
  setInterval(() => {
    const top = pages.stack[pages.stack.length - 1];
    frame.classList.toggle('landscape', !!top && orientationOf(top) === 'landscape');
  }, 100);
}

module.exports = { showOrientation };
