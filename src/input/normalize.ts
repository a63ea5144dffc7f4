// Normalisation for analysis without losing offsets: every change keeps the length of the
// text, so an index into the normalised text is an index into the text as read.
//   - a byte-order mark becomes a space
//   - CRLF becomes " \n", a lone CR a newline
//   - HTML (an .html file, or markup in a .txt): comments, <script>/<style> elements and
//     <!DOCTYPE …> become spaces; tags (<u>, </a href=…>) become spaces, and block tags (<p>,
//     <br>, <div>, <h1>, <li>, …) a line break and spaces, so paragraphs stay paragraphs;
//     entities (&amp; &rdquo; &#8220; &#x201C; and every other HTML5 name) keep their decoded
//     character in their first position and spaces after it (&nbsp; is a plain space)
//   - typewriter quotation marks, two apostrophes or two backticks (`''It's over,'' he said`,
//     ``TeX style''), become a double quotation mark beside the word and a space
//   - a leading metadata line such as `date 2020-07-05` is blanked and its date kept
//   - a paragraph repeating an earlier one verbatim (a doubled headline) is blanked
// Every pattern here is linear in the text: no nested quantifiers, and the searches for a
// closing `-->` or `</script>` stop at the first unclosed one.
import { decodeHTMLStrict } from 'entities';
import type { Paragraph } from '../model/types.js';
import { findDate } from './date.js';

export interface Normalized {
  text: string;
  title: string | null;
  date: string | null;
  paragraphs: Paragraph[];
}

const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?\/?>/g;
/** `<!DOCTYPE html>`, `<?xml version="1.0"?>` */
const DECLARATION = /<![A-Za-z][^<>]*>|<\?[A-Za-z][^<>]*\?>/g;
/** elements whose content is not text */
const RAW_ELEMENT = /<(script|style|noscript|template)\b[^<>]*>/gi;
/** tags that end a paragraph: they become a line break */
const BLOCK = new Set([
  'p', 'br', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'hr',
  'table', 'tr', 'td', 'th', 'thead', 'tbody', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'main',
  'figure', 'figcaption', 'title', 'head', 'body', 'html', 'address', 'details', 'summary', 'caption',
]);
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;
const META = /^[\s\uFEFF]*(?:date|published|updated|posted|dateline)\s*:?\s*(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?[ \t]*/i;

const DOUBLED_MARK = /``|''/g;

function doubledMark(m: string, at: number, s: string): string {
  const before = s[at - 1] ?? ' ';
  const after = s[at + 2] ?? ' ';
  const space = (c: string) => /[\s([{\u2014\u2013-]/.test(c);
  if (m === '``' || (space(before) && !space(after))) return ' "';
  if (!space(before) && (space(after) || /[.,;:!?)\]]/.test(after))) return '" ';
  return m;
}

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** An entity's character(s) then spaces; an unknown name stays as it is. */
function entity(m: string): string {
  const c = m === '&nbsp;' || m === '&#160;' || m === '&#xA0;' || m === '&#xa0;' ? ' ' : decodeHTMLStrict(m);
  return c === m || c.length > m.length ? m : c.padEnd(m.length, ' ');
}

/** Blanks <!-- comments --> and <script>/<style> elements, up to the first unclosed one. */
function blankHidden(text: string): string {
  if (!text.includes('<!--') && !/<(script|style|noscript|template)\b/i.test(text)) return text;
  const ranges: Array<[number, number]> = [];
  for (let i = text.indexOf('<!--'); i >= 0; ) {
    const end = text.indexOf('-->', i + 4);
    if (end < 0) break;
    ranges.push([i, end + 3]);
    i = text.indexOf('<!--', end + 3);
  }
  RAW_ELEMENT.lastIndex = 0;
  for (let m = RAW_ELEMENT.exec(text); m; m = RAW_ELEMENT.exec(text)) {
    const close = new RegExp(`</${m[1]}\\s*>`, 'gi');
    close.lastIndex = m.index + m[0].length;
    const c = close.exec(text);
    if (!c) break;
    ranges.push([m.index, c.index + c[0].length]);
    RAW_ELEMENT.lastIndex = c.index + c[0].length;
  }
  return blankRanges(text, ranges);
}

/** `text` with each [start, end) range blanked (newlines kept); ranges may overlap. */
function blankRanges(text: string, ranges: Array<[number, number]>): string {
  if (!ranges.length) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  const out: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out.push(text.slice(at, from), blank(text.slice(from, end)));
    at = end;
  }
  out.push(text.slice(at));
  return out.join('');
}

export function normalize(raw: string): Normalized {
  let text = blankHidden(raw
    .replace(/\uFEFF/g, ' ')
    .replace(/\r\n/g, ' \n')
    .replace(/\r/g, '\n'))
    .replace(DECLARATION, (m) => blank(m))
    .replace(TAG, (m, name: string) => (BLOCK.has(name.toLowerCase()) ? '\n' + ' '.repeat(m.length - 1) : ' '.repeat(m.length)))
    .replace(ENTITY, entity)
    .replace(DOUBLED_MARK, doubledMark);

  let date: string | null = null;
  const meta = META.exec(text);
  if (meta) {
    date = meta[1] ?? null;
    text = blank(meta[0]) + text.slice(meta[0].length);
  }

  const paragraphs: Paragraph[] = [];
  const seen = new Set<string>();
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    const start = m.index + lead;
    const end = start + body.length;
    const key = body.replace(/\s+/g, ' ');
    const duplicate = seen.has(key);
    seen.add(key);
    paragraphs.push({ index: paragraphs.length, start, end, duplicate });
  }
  // one pass: blanking paragraph by paragraph would copy the whole text once per duplicate
  text = blankRanges(text, paragraphs.filter((p) => p.duplicate).map((p) => [p.start, p.end]));

  const first = paragraphs[0];
  let title: string | null = null;
  if (first) {
    const line = text.slice(first.start, first.end).replace(/\s+/g, ' ').trim();
    const words = line.split(' ').length;
    const repeated = paragraphs.some((p) => p.duplicate && raw.slice(p.start, p.end).trim() === raw.slice(first.start, first.end).trim());
    if (repeated || (words <= 25 && !/[.!?]["”’)]?$/.test(line))) title = line;
  }
  if (!date) date = findDate(paragraphs.slice(0, 8).map((p) => text.slice(p.start, p.end)));

  return { text, title, date, paragraphs };
}
