// Desktop input for the rendered pages. j-component draws WeChat's built-in components as empty
// tags and only turns touches into taps; here a click is a tap, <input> holds a real text box
// and <image> a real picture, each reporting the events WeChat would.
const exparser = require('miniprogram-exparser');
const jComponent = require('j-component');

function dispatch(target, name, detail) {
  exparser.Event.dispatchEvent(
    target,
    exparser.Event.create(name, detail, {
      bubbles: true,
      capturePhase: true,
      composed: true,
      extraFields: { touches: {}, changedTouches: {} },
    }),
  );
}

/** A built-in component whose host tag holds one native element, kept in step with its properties. */
function nativeBuiltIn(name, tag, properties, sync, wire) {
  const observers = {};
  observers[Object.keys(properties).join(', ')] = function () {
    if (this.native) sync(this.native, this.data);
  };
  jComponent.register({
    id: name,
    tagName: `wx-${name}`,
    template: '<slot/>',
    properties,
    observers,
    lifetimes: {
      attached() {
        this.native = document.createElement(tag);
        this._exparserNode.$$.appendChild(this.native);
        sync(this.native, this.data);
        if (wire) wire(this.native, (event, detail) => this.triggerEvent(event, detail));
      },
    },
  });
}

function installBridge() {
  document.addEventListener('click', (event) => {
    if (event.target.closest('#phone') && !event.target.closest('input')) dispatch(event.target, 'tap', { x: event.pageX, y: event.pageY });
  });
  nativeBuiltIn(
    'input',
    'input',
    { value: { type: String, value: '' }, placeholder: { type: String, value: '' }, disabled: { type: Boolean, value: false } },
    (input, data) => {
      if (input.value !== data.value) input.value = data.value;
      input.placeholder = data.placeholder;
      input.disabled = data.disabled;
    },
    (input, trigger) => {
      input.addEventListener('input', () => trigger('input', { value: input.value }));
      input.addEventListener('keydown', (event) => event.key === 'Enter' && trigger('confirm', { value: input.value }));
    },
  );
  // <page-meta page-orientation> shows on its tag, where the studio turns the phone frame (studio/orientation.js).
  jComponent.register({
    id: 'page-meta',
    tagName: 'wx-page-meta',
    template: '<slot/>',
    properties: { pageOrientation: { type: String, value: 'portrait' } },
    observers: {
      pageOrientation(orientation) {
        this._exparserNode.$$.setAttribute('page-orientation', orientation);
      },
    },
    lifetimes: {
      attached() {
        this._exparserNode.$$.setAttribute('page-orientation', this.data.pageOrientation);
      },
    },
  });
  nativeBuiltIn('image', 'img', { src: { type: String, value: '' } }, (img, data) => {
    img.src = data.src;
  });
}

module.exports = { installBridge };
