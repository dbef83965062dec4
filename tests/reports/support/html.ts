import { parse } from 'parse5';

/** The few parse5 node fields these tests read. */
export interface HtmlNode {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  content?: HtmlNode;
}

export const parseHtml = (html: string): HtmlNode => parse(html) as unknown as HtmlNode;

export function findAll(node: HtmlNode, match: (node: HtmlNode) => boolean): HtmlNode[] {
  const found: HtmlNode[] = [];
  const walk = (n: HtmlNode) => {
    if (match(n)) found.push(n);
    for (const child of n.childNodes ?? []) walk(child);
  };
  walk(node);
  return found;
}

export const attr = (node: HtmlNode, name: string): string | undefined => node.attrs?.find((a) => a.name === name)?.value;
export const byTag = (root: HtmlNode, tag: string): HtmlNode[] => findAll(root, (n) => n.tagName === tag);
export const byClass = (root: HtmlNode, cls: string): HtmlNode[] => findAll(root, (n) => (attr(n, 'class') ?? '').split(' ').includes(cls));
export const byId = (root: HtmlNode, id: string): HtmlNode | undefined => findAll(root, (n) => attr(n, 'id') === id)[0];

/** Text content, as a browser would give it (entities decoded by the parser). */
export const text = (node: HtmlNode): string => (node.nodeName === '#text' ? node.value ?? '' : (node.childNodes ?? []).map(text).join(''));
