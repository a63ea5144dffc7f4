// Reads an HTML report back for assertions: parse5 (the HTML standard's parser, as browsers
// use it) with parse errors collected, and small helpers over the tree.
import { type DefaultTreeAdapterMap, parse } from 'parse5';

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export interface Page {
  root: Node;
  /** every parse error: a valid, properly nested page has none */
  errors: string[];
  all: Element[];
}

export function parsePage(html: string): Page {
  const errors: string[] = [];
  const root = parse(html, { onParseError: (e) => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`) }) as unknown as Node;
  return { root, errors, all: elements(root) };
}

export const isElement = (n: Node): n is Element => 'tagName' in n;

export function elements(n: Node, out: Element[] = []): Element[] {
  if (isElement(n)) out.push(n);
  if ('childNodes' in n) for (const c of n.childNodes) elements(c as Node, out);
  // <template> keeps its children apart; the report has none, but an injected one would count
  if (isElement(n) && n.tagName === 'template' && 'content' in n) elements((n as DefaultTreeAdapterMap['template']).content as unknown as Node, out);
  return out;
}

export function text(n: Node): string {
  if (n.nodeName === '#text') return (n as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in n ? n.childNodes.map((c) => text(c as Node)).join('') : '';
}

export const attr = (e: Element, name: string): string | undefined => e.attrs.find((a) => a.name === name)?.value;

export const byId = (page: Page, id: string): Element | undefined => page.all.find((e) => attr(e, 'id') === id);

/** the elements under `e` (itself included) */
export const within = (e: Element): Element[] => elements(e);

/** the article element of the n-th article (1-based) */
export function articleEl(page: Page, n: number): Element {
  const a = byId(page, `a${n}`);
  if (!a) throw new Error(`no article a${n}`);
  return a;
}

/** the text a quote's pieces hold (its first element and its continuations), in order */
export function quoteText(scope: Element, i: number): string {
  return within(scope)
    .filter((e) => attr(e, 'data-quote') === String(i) || attr(e, 'data-quote-part') === String(i))
    .map(text)
    .join('');
}

/** the text of `e` without the speaker labels the report puts beside quotes */
export function textWithoutLabels(e: Node): string {
  if (isElement(e) && (attr(e, 'class') ?? '').split(' ').includes('who')) return '';
  if (e.nodeName === '#text') return (e as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in e ? e.childNodes.map((c) => textWithoutLabels(c as Node)).join('') : '';
}
