// The lesson studio beside the phone. When the demo page opens a lesson that plays a script
// (the runtime's LiveScript), the studio takes it: the script's `me` taps go through the page's
// own store (as `npx lesson run` does), the student's taps on the page are recorded as `me` steps,
// and the timeline and the console drive it.
const { driverOf } = require('../../../lesson/storeDriver');
const { onTheServices } = require('../../../emulator/onTheServices');
const { recordingTaps } = require('./recordTaps');
const { showTimeline } = require('./timeline');
const { showConsole } = require('./console');
const { showOrientation } = require('./orientation');
const { report } = require('./report');

function createStudio(core) {
  let attached;

  function attach(live, lesson) {
    const { store } = lesson;
    const { view: driverView, ...taps } = driverOf(store);
    const view = () => ({ ...driverView(), ...onTheServices(live.context.hub, live.script.classroom) });
    live.tapThrough(taps, view);
    // The page takes its store from the open lesson when it loads: it gets the recording one.
    lesson.store = recordingTaps(store, live, view, report);
    // Before any of the script's time has passed: nothing has played yet.
    if (location.hash === '#paused') live.pause();
    const studio = { live, view };
    showTimeline(studio);
    showConsole(studio);
    window.__preview = Object.assign(window.__preview || {}, { studio });
  }

  return {
    pageOpened() {
      const lesson = core().currentLesson();
      const live = lesson && lesson.runtime.script;
      if (!live || live === attached) return;
      attached = live;
      attach(live, lesson);
    },
    followOrientation(pages) {
      showOrientation(pages);
    },
  };
}

module.exports = { createStudio };
