// The page stack: each page of the built app rendered by simulate, with WeChat's page lifetimes.
function parseUrl(url) {
  const [path, search = ''] = url.split('?');
  const query = {};
  for (const pair of search.split('&').filter(Boolean)) {
    const [key, value = ''] = pair.split('=');
    query[decodeURIComponent(key)] = decodeURIComponent(value);
  }
  return { path: path.replace(/^\/+/, ''), query };
}

/** `opened(entry)` is told of each page once WeChat would have called its onLoad and onShow. */
function createPages(simulate, container, opened = () => undefined) {
  const ids = {};
  const stack = [];
  const call = (page, name, ...args) => typeof page.instance[name] === 'function' && page.instance[name](...args);

  function open(url) {
    const { path, query } = parseUrl(url);
    ids[path] = ids[path] || simulate.load(`/${path}`, { rootPath: '/' });
    const page = simulate.render(ids[path]);
    const host = document.createElement('div');
    host.className = 'page';
    host.dataset.path = path;
    container.appendChild(host);
    page.attach(host);
    const entry = { path, page, host };
    stack.push(entry);
    call(page, 'onLoad', query);
    call(page, 'onShow');
    opened(entry);
    return entry;
  }

  function hideTop() {
    const top = stack[stack.length - 1];
    if (!top) return;
    call(top.page, 'onHide');
    top.host.hidden = true;
  }

  function closeTop() {
    const top = stack.pop();
    if (!top) return;
    call(top.page, 'onUnload');
    top.page.detach();
    top.host.remove();
  }

  return {
    stack,
    navigateTo(url) {
      hideTop();
      open(url);
    },
    redirectTo(url) {
      closeTop();
      open(url);
    },
    navigateBack() {
      if (stack.length < 2) return;
      closeTop();
      const top = stack[stack.length - 1];
      top.host.hidden = false;
      call(top.page, 'onShow');
    },
  };
}

module.exports = { createPages };
