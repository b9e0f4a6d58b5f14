// The student's taps on the page, recorded as `me` steps: each store method the page calls is
// written down as the script action it stands for (checked by the ScriptPlayer), then taken as usual.
const { picksFor } = require('../../../../miniprogram/viewmodels/answerPicks');

const TAP_ACTIONS = {
  toggleHand: (view) => ({ do: view().me.hand === 'down' ? 'raiseHand' : 'lowerHand' }),
  toggleMic: (view) => ({ do: 'mic', on: view().me.mic !== 'on' }),
  toggleCamera: (view) => ({ do: 'camera', on: view().me.camera !== 'on' }),
  toggleFullscreen: (view) => ({ do: 'fullscreen', on: !view().fullscreen }),
  sendText: (view, text) => ({ do: 'chat', text }),
  sendImage: (view, image) => ({ do: 'chat', image: { path: image.path, size: image.size, ...(image.type ? { type: image.type } : {}) } }),
  chooseDataSaver: (view, mode) => ({ do: 'dataSaver', mode }),
  dismissRecap: () => ({ do: 'dismissRecap' }),
  answerInvitation: (view, accepted) => ({ do: accepted ? 'acceptInvite' : 'declineInvite' }),
  answer: (view, choices) => ({ do: 'answer', id: view().question.id, choices }),
  checkIn: (view) => ({ do: 'checkIn', id: view().checkIn.id }),
  dismissQuestion: () => ({ do: 'dismissQuestion' }),
  leave: () => ({ do: 'leave' }),
};

/**
 * The store the page will use, with its taps written down first. MobX seals the store's own
 * methods, so the page is handed a proxy (the lesson's `store`) rather than a patched store.
 * `report` hears of a tap the format cannot express: it is still taken, so the page works, but not recorded.
 */
function recordingTaps(store, live, view, report) {
  const taps = {};
  for (const [name, actionOf] of Object.entries(TAP_ACTIONS)) {
    taps[name] = (...args) => {
      try {
        // 提交 on the page names no options: they are the card's picks, as the store submits them.
        const given = name === 'answer' && args.length === 0 ? [picksFor(store.picks, view().question)] : args;
        live.tapped(actionOf(view, ...given));
      } catch (error) {
        report(`not recorded (${name}): ${error.message}`);
      }
      return store[name](...args);
    };
  }
  // The proxy's own target is empty: MobX's sealed methods may not be answered differently through the store itself.
  return new Proxy(Object.create(Object.getPrototypeOf(store)), {
    get: (_, key) => {
      if (key in taps) return taps[key];
      const value = Reflect.get(store, key, store);
      return typeof value === 'function' ? value.bind(store) : value;
    },
    set: (_, key, value) => Reflect.set(store, key, value, store),
    has: (_, key) => key in store,
  });
}

module.exports = { recordingTaps, TAP_ACTIONS };
