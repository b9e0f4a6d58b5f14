import type { PageLike, SetDataLog } from './setDataLog';

interface Exparser {
  readonly Element: { setMethodCaller(node: { readonly is?: string }, caller: PageLike): void };
}

let current: SetDataLog | undefined;
let installed = false;

/**
 * Counts the setData of every page and component miniprogram-simulate renders, as a phone's
 * render thread receives them: j-component makes each instance's `this` through exparser's
 * `setMethodCaller`, so wrapping that one door sees every writer, components mounted later
 * included, and none of exparser's own property updates (those ride inside the parent's call,
 * as in WeChat). Installed once per process, before the first render; each binding points it
 * at its own log, and no log means calls go through uncounted.
 */
export function countEveryWriter(log: SetDataLog | undefined): void {
  current = log;
  if (installed) return;
  installed = true;
  // Resolved at run time, as builtLessonPage does with miniprogram-simulate: the instance j-component uses.
  const exparser = require('miniprogram-exparser') as Exparser;
  // j-component keeps each registered component by its generated id, with the path it was loaded from.
  const registered = require('j-component/src/tool/utils') as { cache(id: string): { path?: string } | undefined };
  const original = exparser.Element.setMethodCaller.bind(exparser.Element);
  exparser.Element.setMethodCaller = (node, caller) => {
    original(node, caller);
    const writer = writerName(node.is === undefined ? undefined : registered.cache(node.is)?.path);
    const own = caller.setData.bind(caller);
    caller.setData = (data, applied) => (current ? current.send(own, data, applied, writer) : own(data, applied));
  };
}

/** `lesson/index` is the page; anything else is one of its components, by its path under the app. */
function writerName(path: string | undefined): string {
  const name = (path ?? 'unknown').replace(/\\/g, '/').replace(/^.*?\/(lesson\/)/, '$1');
  return name === 'lesson/index' ? 'page' : name;
}
