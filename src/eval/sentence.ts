// The sentence of an article that holds a quote, for the error list: a reader checking a
// miss or a false alarm needs the words around it. A simple rule, not the pipeline's
// segmenter: a sentence ends at . ! or ? (after any closing quotation marks or brackets)
// followed by white space, except after a common abbreviation or an initial, and a line
// break always ends one.
import type { Span } from '../model/types.js';

const TERMINAL = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', '\u201d', '\u2019', "'", ')', ']', '\u00bb']);
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'maj', 'capt', 'cmdr', 'adm', 'jr', 'sr',
  'prof', 'rev', 'hon', 'pres', 'no', 'vs', 'inc', 'corp', 'co', 'ltd', 'dept', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept',
  'sep', 'oct', 'nov', 'dec', 'ft', 'mt',
]);
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/** true when the period at `i` closes an abbreviation (`Mr.`, `U.S.`, an initial) */
function isAbbreviation(text: string, i: number): boolean {
  if (text[i] !== '.') return false;
  let a = i;
  while (a > 0 && !isSpace(text[a - 1]) && !'(["\u201c\u2018'.includes(text[a - 1] ?? '')) a--;
  const word = text.slice(a, i);
  if (!word) return false;
  if (word.includes('.')) return true; // U.S, a.m
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: John F. Kennedy
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** If a sentence ends with the terminal mark at `i`, the index just past its closers; else -1. */
function sentenceEndAt(text: string, i: number): number {
  if (!TERMINAL.has(text[i] ?? '') || isAbbreviation(text, i)) return -1;
  let r = i + 1;
  while (r < text.length && CLOSERS.has(text[r] ?? '')) r++;
  return r >= text.length || isSpace(text[r]) ? r : -1;
}

/** The span of the sentence(s) that hold [start, end), trimmed of surrounding white space. */
export function sentenceSpan(text: string, start: number, end: number): Span {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let a = s;
  while (a > 0) {
    const c = text[a - 1];
    if (c === '\n') break;
    if (isSpace(c)) {
      let k = a - 2;
      while (k >= 0 && CLOSERS.has(text[k] ?? '')) k--;
      if (k >= 0 && sentenceEndAt(text, k) >= 0) break;
    }
    a--;
  }
  // a quote that itself ends its sentence ("… in Afghanistan.”) ends there, not at the next one
  let b = text.length;
  for (let q = Math.max(s, e - 1); q < text.length; q++) {
    if (text[q] === '\n' && q >= e) {
      b = q;
      break;
    }
    const r = sentenceEndAt(text, q);
    if (r >= 0 && r >= e) {
      b = r;
      break;
    }
  }
  while (a < b && isSpace(text[a])) a++;
  while (b > a && isSpace(text[b - 1])) b--;
  return { start: a, end: b };
}

/** The sentence around [start, end) as one line (inner white space collapsed). */
export function sentenceAround(text: string, start: number, end: number): string {
  const { start: a, end: b } = sentenceSpan(text, start, end);
  return text.slice(a, b).replace(/\s+/g, ' ');
}

/**
 * Where a quote's words stand in the article: its own offsets when they slice exactly its
 * text, else the first verbatim occurrence of the text (gold quotes are annotated at their
 * first occurrence), else its offsets if they are in range; null when none of these works.
 */
export function locateQuote(text: string, quote: { text: string; start?: number | null; end?: number | null }): Span | null {
  const { start, end } = quote;
  const valid = typeof start === 'number' && typeof end === 'number' && start >= 0 && end >= start && end <= text.length;
  if (valid && text.slice(start, end) === quote.text) return { start, end };
  if (quote.text) {
    const at = text.indexOf(quote.text);
    if (at >= 0) return { start: at, end: at + quote.text.length };
  }
  return valid ? { start, end } : null;
}

/** The sentence that holds a quote, or null when the quote cannot be found in the text. */
export function quoteSentence(text: string | null | undefined, quote: { text: string; start?: number | null; end?: number | null }): string | null {
  if (!text) return null;
  const at = locateQuote(text, quote);
  return at ? sentenceAround(text, at.start, at.end) : null;
}
