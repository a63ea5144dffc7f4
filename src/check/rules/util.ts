// Small helpers the rules share: short quotations of the article in messages, share
// arithmetic, and the place to report a finding about the whole article.
import type { ReportQuote, Span } from '../../model/types.js';
import type { RuleFinding } from '../types.js';

/** `“first words …”`: a piece of the article for a message, on one line, at most `max` characters. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const cut = flat.length > max ? flat.slice(0, max - 1).replace(/\s+\S*$/, '') + '…' : flat;
  return `“${cut}”`;
}

/** `63%` */
export const percent = (share: number): string => `${Math.round(share * 100)}%`;

/**
 * A share-of-quotes rule: when at least `minQuotes` quotes and more than `max` of them match,
 * one finding at the first matching quote, its message made by `describe(count, total, share)`.
 */
export function shareFinding(
  quotes: readonly ReportQuote[], matches: (q: ReportQuote) => boolean, max: number, minQuotes: number,
  describe: (count: number, total: number, share: string) => string,
): RuleFinding[] {
  const hits = quotes.filter(matches);
  if (quotes.length < minQuotes || !hits.length) return [];
  const share = hits.length / quotes.length;
  if (share <= max) return [];
  return [{ message: describe(hits.length, quotes.length, percent(share)), start: hits[0]!.start, end: hits[0]!.end }];
}

/** `a, b and c` (at most `max` names, then `and N more`) */
export function names(list: readonly string[], max = 3): string {
  const shown = list.slice(0, max).map((n) => n || '(unknown)');
  const rest = list.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** The article's first line of text (its headline, usually): where findings about the whole article point. */
export function articleStart(raw: string): Span {
  const m = /[^\s\uFEFF][^\r\n]*/.exec(raw);
  if (!m) return { start: 0, end: 0 };
  return { start: m.index, end: m.index + m[0].trimEnd().length };
}

/** Offsets of `needle` in `raw`, any run of whitespace matching any other (evidence sentences are whitespace-normalised). */
export function findLoose(raw: string, needle: string): Span | undefined {
  const words = needle.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return undefined;
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  const m = re.exec(raw);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

export const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();
