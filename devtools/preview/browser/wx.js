// The `wx` calls the pages make, for a desktop browser: storage in localStorage, a visible toast,
// a placeholder picture for the album, navigation handed to the page stack.
const PICTURE = `data:image/svg+xml;utf8,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="160"><rect width="240" height="160" fill="#f7f7f2"/><text x="120" y="86" font-size="20" text-anchor="middle" fill="#4a5468">示例图片</text></svg>',
)}`;

function toast(title) {
  const box = document.getElementById('wx-toast');
  box.textContent = title;
  box.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => (box.hidden = true), 1500);
}

function storageKey(key) {
  return `wx:${key}`;
}

function createWx(pages) {
  const done = (options, result = {}) => {
    if (options && options.success) options.success(result);
    if (options && options.complete) options.complete(result);
  };
  return {
    nextTick: (run) => void Promise.resolve().then(run),
    navigateTo: (options) => done(options, pages.navigateTo(options.url)),
    redirectTo: (options) => done(options, pages.redirectTo(options.url)),
    navigateBack: (options) => done(options, pages.navigateBack()),
    showToast: (options) => done(options, toast(options.title)),
    hideToast: () => (document.getElementById('wx-toast').hidden = true),
    chooseMedia: (options) => done(options, { type: 'image', tempFiles: [{ tempFilePath: PICTURE, size: 2048, fileType: 'image' }] }),
    setKeepScreenOn: (options) => done(options),
    // The frame's title bar is the navigation bar.
    setNavigationBarTitle: (options) => done(options, (document.getElementById('nav').textContent = options.title)),
    setPageOrientation: (options) => done(options),
    setStorageSync: (key, value) => localStorage.setItem(storageKey(key), JSON.stringify(value)),
    getStorageSync: (key) => {
      const value = localStorage.getItem(storageKey(key));
      return value === null ? '' : JSON.parse(value);
    },
    removeStorageSync: (key) => localStorage.removeItem(storageKey(key)),
  };
}

module.exports = { createWx, toast };
