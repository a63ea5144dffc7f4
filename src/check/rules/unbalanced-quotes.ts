// unbalanced-quotes: double quotation marks in the text as read that do not pair up within their
// paragraph (a line of text). Reported at the offending mark:
//   - a quotation opened and never closed in its paragraph (unless, with `runOn`, the next
//     paragraph opens with a quotation mark of any kind: the convention for a quotation
//     running over paragraphs);
//   - a closing mark typed as an opening one (`he said. “` at the end of a paragraph), or an
//     opening mark typed as a closing one (`”We will`);
//   - marks swapped round an attribution inside a quotation (`“We will, “he said.” Now.”`);
//   - a quotation opened with one kind of mark and closed with another (`“We will,"`);
//   - a stray mark: a closing mark with nothing open, or a mark with nothing after it.
// Curly marks say which way they face, so they nest (`“he calls it “hell” here”`); straight
// marks (") and guillemets (« ») are read by position: each closes the open quotation of its
// kind or opens a new one. A quotation of one kind may hold quotations of another. A straight
// mark after feet (6'3") is an inch sign. Single quotes are not checked: in running text they
// cannot be told from apostrophes. The marks are read from the pipeline's analysis copy of the
// text (same offsets): quotation marks inside markup (`<a title="…">`) and in a repeated
// headline are not seen, and HTML entities for double quotes (&quot; &ldquo; &rdquo; &laquo;
// &raquo;) count as marks.
import { cueLemma } from '../../quotes/lexicon.js';
import type { Rule, RuleFinding } from '../types.js';

type Family = 'curly' | 'straight' | 'guillemet';
interface Mark {
  at: number;
  end: number;
  glyph: string;
  family: Family;
  /** which way a curly mark faces; straight marks and guillemets face either way */
  kind: 'open' | 'close' | 'either';
}

const MARK = /["\u201c\u201d\u201e\u201f\u00ab\u00bb]|&(?:quot|ldquo|rdquo|bdquo|laquo|raquo|#34|#x22);/gi;
const FAMILY: Record<string, [Family, Mark['kind']]> = {
  '"': ['straight', 'either'], '&quot;': ['straight', 'either'], '&#34;': ['straight', 'either'], '&#x22;': ['straight', 'either'],
  '\u201c': ['curly', 'open'], '\u201e': ['curly', 'open'], '\u201f': ['curly', 'open'], '&ldquo;': ['curly', 'open'], '&bdquo;': ['curly', 'open'],
  '\u201d': ['curly', 'close'], '&rdquo;': ['curly', 'close'],
  '\u00ab': ['guillemet', 'either'], '\u00bb': ['guillemet', 'either'], '&laquo;': ['guillemet', 'either'], '&raquo;': ['guillemet', 'either'],
};
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/** Paragraphs: the non-blank lines of the text, as [start, end) offsets. */
function lines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) if (m[0].trim()) out.push([m.index, m.index + m[0].length]);
  return out;
}

function marksIn(text: string, from: number, to: number): Mark[] {
  const out: Mark[] = [];
  const re = new RegExp(MARK.source, 'gi');
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    const [family, kind] = FAMILY[m[0].length > 1 ? m[0].toLowerCase() : m[0]]!;
    // feet and inches: 6'3"
    if (family === 'straight' && /\d['\u2032\u2019]\s?\d{1,2}$/.test(text.slice(Math.max(from, m.index - 6), m.index))) continue;
    out.push({ at: m.index, end: m.index + m[0].length, glyph: m[0], family, kind });
  }
  return out;
}

/** Nothing but spaces and punctuation after the mark to the end of its paragraph: it cannot open. */
const trailing = (text: string, m: Mark, to: number) => /^[\s.,;:!?)\]}\u2014\u2013-]*$/.test(text.slice(m.end, to));
/** A space, a bracket or a dash (or nothing) before the mark and a word right after it. */
const looksOpening = (text: string, m: Mark, from: number, to: number) =>
  (m.at === from || isSpace(text[m.at - 1]) || /[([{\u2014\u2013/-]/.test(text[m.at - 1] ?? '')) && m.end < to && !isSpace(text[m.end]);
/** Right after a word or punctuation, with a space, punctuation or the end of the line after it. */
const looksClosing = (text: string, m: Mark, to: number) =>
  !isSpace(text[m.at - 1]) && (m.end >= to || isSpace(text[m.end]) || /[.,;:!?)\]}\u2014\u2013-]/.test(text[m.end] ?? ''));

/** `“he said.”` between an opening and a closing mark inside a quotation: an attribution whose marks were swapped. */
function attributionBetween(text: string, a: Mark, b: Mark | undefined): boolean {
  if (!b || b.kind !== 'close') return false;
  const inner = text.slice(a.end, b.at).trim();
  const words = inner.split(/\s+/);
  return words.length <= 8 && /[.,:;]$/.test(inner) && words.some((w) => cueLemma(w.replace(/[^\p{L}]/gu, '')) !== null);
}

export const unbalancedQuotes: Rule = {
  id: 'unbalanced-quotes',
  description: 'quotation marks in the source text that do not pair up',
  severity: 'error',
  options: {
    runOn: { kind: 'boolean', default: true, description: 'allow a quotation left open at the end of a paragraph when the next paragraph opens with a quotation mark' },
  },
  check({ text }, options) {
    const out: RuleFinding[] = [];
    const report = (m: Mark, message: string) => out.push({ message, start: m.at, end: m.end });
    const paragraphs = lines(text);
    paragraphs.forEach(([from, to], k) => {
      const marks = marksIn(text, from, to);
      const open: Mark[] = [];
      for (let i = 0; i < marks.length; i++) {
        const m = marks[i]!;
        const top = open[open.length - 1];
        const end = trailing(text, m, to);
        if (m.kind === 'open') {
          if (top?.family === 'curly' && (end || attributionBetween(text, m, marks[i + 1]))) {
            report(m, `closing quotation mark typed as an opening one (${m.glyph})`);
            open.pop();
            if (!end) {
              const next = marks[++i]!;
              report(next, `opening quotation mark typed as a closing one (${next.glyph})`);
              open.push(next);
            }
          } else if (end) report(m, `stray quotation mark ${m.glyph}: nothing follows it in its paragraph and no quotation is open`);
          else open.push(m);
          continue;
        }
        if (top && (top.family === m.family)) { open.pop(); continue; }
        if (top && looksClosing(text, m, to) && !looksOpening(text, m, from, to)) {
          report(m, `quotation opened with ${top.glyph} is closed with ${m.glyph}`);
          open.pop();
          continue;
        }
        if (m.kind === 'either') {
          if (end) report(m, `stray quotation mark ${m.glyph}: nothing follows it in its paragraph and no quotation is open`);
          else if (!open.length && looksClosing(text, m, to) && !looksOpening(text, m, from, to)) {
            report(m, `stray quotation mark ${m.glyph}: no quotation is open in its paragraph for it to close`);
          } else open.push(m);
          continue;
        }
        // a closing curly mark with no curly quotation open
        const later = marks.slice(i + 1).filter((x) => x.family === 'curly');
        const needsOpening = later.filter((x) => x.kind === 'close').length > later.filter((x) => x.kind === 'open').length;
        if (!end && (looksOpening(text, m, from, to) || needsOpening || !text.slice(from, m.at).trim())) {
          report(m, `opening quotation mark typed as a closing one (${m.glyph})`);
          open.push(m);
        } else report(m, `stray quotation mark ${m.glyph}: no quotation is open in its paragraph for it to close`);
      }
      if (!open.length) return;
      const next = paragraphs[k + 1];
      const first = next && marksIn(text, next[0], next[1])[0];
      // a continuation paragraph may open with another kind of mark than the one left open
      const continues = !!first && !text.slice(next![0], first.at).trim();
      if (options.runOn && continues) return;
      for (const o of open) report(o, `quotation mark ${o.glyph} is never closed in its paragraph`);
    });
    return out.sort((a, b) => a.start - b.start);
  },
};
