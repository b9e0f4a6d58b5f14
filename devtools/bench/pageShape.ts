import { PageShape } from './setDataLog';

interface DomElement {
  readonly children: ArrayLike<DomElement>;
}

/**
 * The rendered page's WXML nodes as miniprogram-simulate lays them out in jsdom: each `<view>`,
 * `<text>`, `<image>` and component host is one element (text nodes are not), as WeChat's
 * audit counts a page's nodes; and the most children under any one node.
 */
export function pageShapeOf(root: DomElement): PageShape {
  let elements = 0;
  let maxChildren = 0;
  const stack: DomElement[] = [root];
  while (stack.length) {
    const element = stack.pop()!;
    elements += 1;
    maxChildren = Math.max(maxChildren, element.children.length);
    for (let index = 0; index < element.children.length; index += 1) stack.push(element.children[index]);
  }
  return { elements, maxChildren };
}
