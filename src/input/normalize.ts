// Normalisation for analysis without losing offsets: every change keeps the length of the
// text, so an index into the normalised text is an index into the text as read.
//   - a byte-order mark becomes a space
//   - CRLF becomes " \n", a lone CR a newline
//   - HTML tags (<u>, </a href=…>) and common entities become spaces (an entity keeps its
//     character in its first position)
//   - typewriter quotation marks, two apostrophes or two backticks (`''It's over,'' he said`,
//     ``TeX style''), become a double quotation mark beside the word and a space
//   - a leading metadata line such as `date 2020-07-05` is blanked and its date kept
//   - a paragraph repeating an earlier one verbatim (a doubled headline) is blanked
import type { Paragraph } from '../model/types.js';
import { findDate } from './date.js';

export interface Normalized {
  text: string;
  title: string | null;
  date: string | null;
  paragraphs: Paragraph[];
}

const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
const ENTITIES: Record<string, string> = {
  '&amp;': '&', '&quot;': '"', '&apos;': "'", '&#39;': "'", '&nbsp;': ' ', '&lt;': '<', '&gt;': '>',
  '&rsquo;': '\u2019', '&lsquo;': '\u2018', '&rdquo;': '\u201d', '&ldquo;': '\u201c', '&mdash;': '\u2014', '&ndash;': '\u2013',
};
const ENTITY = /&(?:amp|quot|apos|#39|nbsp|lt|gt|rsquo|lsquo|rdquo|ldquo|mdash|ndash);/g;
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

export function normalize(raw: string): Normalized {
  let text = raw
    .replace(/\uFEFF/g, ' ')
    .replace(/\r\n/g, ' \n')
    .replace(/\r/g, '\n')
    .replace(TAG, (m) => ' '.repeat(m.length))
    .replace(ENTITY, (m) => (ENTITIES[m] ?? ' ').padEnd(m.length, ' '))
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
  for (const p of paragraphs) {
    if (p.duplicate) text = text.slice(0, p.start) + blank(text.slice(p.start, p.end)) + text.slice(p.end);
  }

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
