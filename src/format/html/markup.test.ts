import { type DefaultTreeAdapterMap, parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { blocks, type Mark, renderMarked } from './markup.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Parses as the body of a page; fails on any parse error (bad nesting, stray end tags). */
function parse(html: string): Node {
  const errors: string[] = [];
  const root = parseFragment(html, { onParseError: (e) => errors.push(`${e.code} at ${e.startOffset}`) });
  expect(errors, html).toEqual([]);
  return root as unknown as Node;
}

const isElement = (n: Node): n is Element => 'tagName' in n;
function all(n: Node, out: Element[] = []): Element[] {
  if (isElement(n)) out.push(n);
  if ('childNodes' in n) for (const c of n.childNodes) all(c as Node, out);
  return out;
}
function textOf(n: Node): string {
  if (n.nodeName === '#text') return (n as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in n ? n.childNodes.map((c) => textOf(c as Node)).join('') : '';
}
const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;

/** A mark that renders as <b data-m=i> (first piece) and <b data-part=i> (later pieces). */
const mark = (i: number, start: number, end: number): Mark => ({
  start,
  end,
  open: (first) => (first ? `<b data-m="${i}">` : `<b data-part="${i}">`),
  close: '</b>',
  after: `<i data-after="${i}"></i>`,
});

/** the text of every piece of mark i, in document order */
function pieces(root: Node, i: number): string {
  return all(root)
    .filter((e) => attr(e, 'data-m') === String(i) || attr(e, 'data-part') === String(i))
    .map(textOf)
    .join('|');
}

describe('blocks', () => {
  it('cuts the text into trimmed runs of non-blank lines', () => {
    const t = '  Title\n\nFirst line\nsecond line  \n \t\n\nLast';
    expect(blocks(t).map((b) => t.slice(b.start, b.end))).toEqual(['Title', 'First line\nsecond line', 'Last']);
  });
  it('treats CRLF blank lines as breaks', () => {
    const t = 'One\r\n\r\nTwo\r\n';
    expect(blocks(t).map((b) => t.slice(b.start, b.end))).toEqual(['One', 'Two']);
  });
});

describe('renderMarked', () => {
  const text = 'Alpha beta gamma delta epsilon.\n\nZeta eta theta.';

  it('nests a span inside another as one element each', () => {
    const root = parse(renderMarked(text, [mark(0, 0, 30), mark(1, 6, 16)]));
    const outer = all(root).find((e) => attr(e, 'data-m') === '0')!;
    const inner = all(outer).find((e) => attr(e, 'data-m') === '1');
    expect(inner && textOf(inner)).toBe('beta gamma');
    expect(all(root).filter((e) => attr(e, 'data-part') !== undefined)).toEqual([]);
  });

  it('splits the later of two crossing spans and keeps all its text', () => {
    const html = renderMarked(text, [mark(0, 0, 16), mark(1, 6, 22)]);
    const root = parse(html);
    expect(pieces(root, 0)).toBe('Alpha beta gamma');
    expect(pieces(root, 1)).toBe('beta gamma| delta');
    expect(all(root).filter((e) => attr(e, 'data-m') === '1')).toHaveLength(1);
  });

  it('carries a span across a paragraph break and leaves out the blank line', () => {
    const root = parse(renderMarked(text, [mark(0, 17, text.indexOf(' theta'))]));
    expect(all(root).filter((e) => e.tagName === 'p').map(textOf)).toEqual(['Alpha beta gamma delta epsilon.', 'Zeta eta theta.']);
    expect(pieces(root, 0)).toBe('delta epsilon.|Zeta eta');
  });

  it('writes `after` once, after the last piece', () => {
    const html = renderMarked(text, [mark(0, 17, 40)]);
    expect(html.match(/data-after="0"/g)).toHaveLength(1);
    expect(html.indexOf('data-after="0"')).toBeGreaterThan(html.lastIndexOf('data-part="0"'));
  });

  it('gives identical, empty, blank-only and out-of-range spans an element each', () => {
    const marks = [mark(0, 6, 10), mark(1, 6, 10), mark(2, 5, 5), mark(3, 32, 33), mark(4, -5, 3), mark(5, 40, 999), mark(6, 9, 2)];
    const root = parse(renderMarked(text, marks));
    for (let i = 0; i < marks.length; i++) expect(all(root).filter((e) => attr(e, 'data-m') === String(i)), `mark ${i}`).toHaveLength(1);
    expect(pieces(root, 0)).toBe('beta');
    expect(pieces(root, 1)).toBe('beta');
    expect(pieces(root, 4)).toBe('Alp');
    expect(pieces(root, 5)).toBe('a theta.');
  });

  it('puts an empty span that starts where another span starts beside it, not inside it', () => {
    const root = parse(renderMarked(text, [mark(0, 0, 5), mark(1, 5, 5), mark(2, 5, 10)]));
    const second = all(root).find((e) => attr(e, 'data-m') === '2')!;
    expect(all(second).some((e) => attr(e, 'data-m') === '1')).toBe(false);
  });

  it('escapes the text', () => {
    const t = 'a <script>alert(1)</script> & "b" \u0000';
    const root = parse(renderMarked(t, [mark(0, 2, 10)]));
    expect(all(root).map((e) => e.tagName)).not.toContain('script');
    expect(textOf(root).trimEnd()).toBe('a <script>alert(1)</script> & "b" \uFFFD');
  });

  it('keeps every character and every span on random texts and spans', () => {
    // mulberry32: a small seeded generator, so a failure can be replayed
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
      return Math.floor((((x ^ (x >>> 14)) >>> 0) / 4294967296) * n);
    };
    let crossings = 0;
    for (let round = 0; round < 300; round++) {
      const words = Array.from({ length: 5 + rnd(30) }, () => ['a', 'bc', 'd<e', 'f&g', '\n\n', '\n', ' ', 'h'][rnd(8)]!);
      const t = words.join(rnd(2) ? ' ' : '');
      const marks = Array.from({ length: rnd(8) }, (_, i) => {
        const s = rnd(t.length + 1);
        return mark(i, s, s + rnd(t.length - s + 1));
      });
      const html = renderMarked(t, marks);
      const root = parse(html);
      if (html.includes('data-part=')) crossings++;
      const paras = blocks(t);
      expect(all(root).filter((e) => e.tagName === 'p').map(textOf)).toEqual(paras.map((b) => t.slice(b.start, b.end)));
      marks.forEach((m, i) => {
        expect(all(root).filter((e) => attr(e, 'data-m') === String(i)), `round ${round} mark ${i}`).toHaveLength(1);
        // the span's text, paragraph by paragraph, is what its pieces hold
        const want = paras.map((b) => t.slice(Math.max(b.start, m.start), Math.max(b.start, Math.min(b.end, m.end)))).join('');
        expect(pieces(root, i).split('|').join(''), `round ${round} mark ${i}: ${JSON.stringify(t)}`).toBe(want);
      });
    }
    expect(crossings, 'rounds where a span had to be split').toBeGreaterThan(50);
  });
});
