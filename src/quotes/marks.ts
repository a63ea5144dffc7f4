// Quoted spans: the words between quotation marks, paragraph by paragraph.
//
// Marks are paired by position, not by glyph: in real copy a closing mark is often typed as
// an opening one (`… of another, “he said.” Everyone …`), so within a paragraph double
// marks alternate open/close. A paragraph that leaves a quote open, when the next paragraph
// opens with a mark, is a quotation running over several paragraphs. A stray mark with no
// words after it is dropped. Single quotes are quotations only outside double ones and only
// when they cannot be apostrophes; inside double quotes they are nested and stay in the text.
import { SpanIndex } from '../model/spans.js';
import type { Paragraph, Span } from '../model/types.js';

export interface Quoted extends Span {
  /** the span including the marks */
  outer: Span;
  paragraph: number;
  /** the quote was still open at the end of its paragraph */
  runsOn: boolean;
  /** the paragraph opened with a mark that continues the previous paragraph's quote */
  continues: boolean;
  single: boolean;
}

const DOUBLE = new Set(['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\u201f', '\u2033']);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

function doubleMarks(text: string, p: Span): number[] {
  const out: number[] = [];
  for (let i = p.start; i < p.end; i++) if (DOUBLE.has(text[i] ?? '')) out.push(i);
  return out;
}

/** Looks like it opens: at the start or after a space/bracket, and words follow. */
const opensHere = (text: string, i: number, p: Span) =>
  (i === p.start || isSpace(text[i - 1]) || /[([{\u2014\u2013-]/.test(text[i - 1] ?? '')) && !isSpace(text[i + 1]) && i + 1 < p.end;

function pairDoubles(text: string, p: Span, nextOpensWithMark: boolean): Array<[number, number, boolean]> {
  let marks = doubleMarks(text, p);
  // a mark with nothing but spaces and punctuation after it, closing nothing, is stray
  const last = marks[marks.length - 1];
  if (marks.length % 2 === 1 && last !== undefined && /^[\s.,;:!?]*$/.test(text.slice(last + 1, p.end)) && !(nextOpensWithMark && opensHere(text, last, p))) {
    // either it closes a quote opened earlier (even count before it) or it is a stray
    marks = marks.slice(0, -1);
    if (marks.length % 2 === 1) marks.push(last);
  }
  const pairs: Array<[number, number, boolean]> = [];
  for (let k = 0; k < marks.length; k += 2) {
    const open = marks[k]!;
    const close = marks[k + 1];
    if (close === undefined) pairs.push([open, p.end, true]);
    else pairs.push([open, close, false]);
  }
  return pairs;
}

/** ‘…’ or '…' used as quotation marks (not apostrophes), outside double quotes. */
function singleQuotes(text: string, p: Span, taken: Span[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // indexed: a paragraph with thousands of double quotes and single marks was quadratic
  const doubles = new SpanIndex(taken, (s) => s);
  const inside = (i: number) => doubles.contains(i);
  for (let i = p.start; i < p.end; i++) {
    const c = text[i];
    if ((c !== '\u2018' && c !== "'") || inside(i)) continue;
    if (!(i === p.start || isSpace(text[i - 1]) || /[(\[\u2014]/.test(text[i - 1] ?? ''))) continue;
    if (!isWordChar(text[i + 1])) continue;
    // the closing mark: a ’ or ' after a word, not followed by a letter (not "don't")
    for (let j = i + 2; j < Math.min(p.end, i + 400); j++) {
      const d = text[j];
      if (d !== '\u2019' && d !== "'") continue;
      if (isWordChar(text[j + 1])) continue;
      if (!/[\p{L}\p{N}.,!?]/u.test(text[j - 1] ?? '')) continue;
      // a plural possessive (`officials' decision`) is an apostrophe when a word follows directly
      if (text[j - 1] === 's' && /^\s+[a-z]/.test(text.slice(j + 1, j + 3)) && !/[.,!?]/.test(text[j - 2] ?? '')) continue;
      out.push([i, j]);
      i = j;
      break;
    }
  }
  return out;
}

export function findQuoted(text: string, paragraphs: Paragraph[]): Quoted[] {
  const out: Quoted[] = [];
  const live = paragraphs.filter((p) => !p.duplicate);
  let prevRanOn = false;
  live.forEach((p, k) => {
    const next = live[k + 1];
    const nextOpens = next !== undefined && DOUBLE.has(text[next.start] ?? '');
    const pairs = pairDoubles(text, p, nextOpens);
    const spans: Span[] = [];
    let ranOn = false;
    pairs.forEach(([open, close, runsOn], idx) => {
      const inner = trimSpan(text, open + 1, close);
      spans.push({ start: open, end: close + 1 });
      if (inner.end <= inner.start) return;
      if (runsOn) ranOn = true;
      out.push({
        ...inner, outer: { start: open, end: Math.min(p.end, close + 1) }, paragraph: p.index, runsOn,
        continues: idx === 0 && prevRanOn && open === p.start, single: false,
      });
    });
    for (const [open, close] of singleQuotes(text, p, spans)) {
      const inner = trimSpan(text, open + 1, close);
      if (inner.end > inner.start) out.push({ ...inner, outer: { start: open, end: close + 1 }, paragraph: p.index, runsOn: false, continues: false, single: true });
    }
    prevRanOn = ranOn;
  });
  return out.sort((a, b) => a.start - b.start);
}
