// unbalanced-quotes: double quotation marks in the text as read that do not pair up within their
// paragraph (a line of text). Reported at the offending mark:
//   - a mark opened and never closed in its paragraph (unless, with `runOn`, the next paragraph
//     opens with a mark: the convention for a quotation running over several paragraphs);
//   - a new opening mark while a quotation is still open (the first one was never closed);
//   - a closing mark typed as an opening one (`he said. “` at the end of a paragraph) or the
//     reverse (`”We will`);
//   - a stray mark: a closing mark with nothing open, or a mark with nothing after it.
// Straight marks (") and guillemets (« ») are read by position: each closes the open quotation
// or opens a new one. A curly mark facing the wrong way is told from a missing mark by what the
// rest of the paragraph needs: `“A, “he said.” B.”` reads as two swapped marks, since with them
// turned round every mark pairs up. Single quotes are not checked: in running text they cannot
// be told from apostrophes. HTML entities for double quotes (&quot; &ldquo; &rdquo;) count as marks.
import type { Rule, RuleFinding } from '../types.js';

type Kind = 'open' | 'close' | 'either';
interface Mark {
  at: number;
  end: number;
  glyph: string;
  kind: Kind;
}

const MARK = /["\u201c\u201d\u201e\u201f\u00ab\u00bb]|&(?:quot|ldquo|rdquo|bdquo|laquo|raquo|#34|#x22);/gi;
const KIND: Record<string, Kind> = {
  '\u201c': 'open', '\u201e': 'open', '\u201f': 'open', '&ldquo;': 'open', '&bdquo;': 'open',
  '\u201d': 'close', '&rdquo;': 'close',
};

/** Paragraphs: the non-blank lines of the text, as [start, end) offsets. */
function lines(raw: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) if (m[0].trim()) out.push([m.index, m.index + m[0].length]);
  return out;
}

function marksIn(raw: string, from: number, to: number): Mark[] {
  const out: Mark[] = [];
  MARK.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = MARK.exec(raw)) && m.index < to) {
    const glyph = m[0].length > 1 ? m[0].toLowerCase() : m[0];
    out.push({ at: m.index, end: m.index + m[0].length, glyph: m[0], kind: KIND[glyph] ?? 'either' });
  }
  return out;
}

/** Nothing but spaces and punctuation after the mark to the end of its paragraph: it cannot open. */
const trailing = (raw: string, m: Mark, to: number) => /^[\s.,;:!?)\]}\u2014\u2013-]*$/.test(raw.slice(m.end, to));

export const unbalancedQuotes: Rule = {
  id: 'unbalanced-quotes',
  description: 'quotation marks in the source text that do not pair up',
  severity: 'error',
  options: {
    runOn: { kind: 'boolean', default: true, description: 'allow a quotation left open at the end of a paragraph when the next paragraph opens with a quotation mark' },
  },
  check({ raw }, options) {
    const out: RuleFinding[] = [];
    const report = (m: Mark, message: string) => out.push({ message, start: m.at, end: m.end });
    const paragraphs = lines(raw);
    paragraphs.forEach(([from, to], k) => {
      const marks = marksIn(raw, from, to);
      let open: Mark | undefined;
      marks.forEach((m, i) => {
        // marks left in the paragraph, this one included: when a glyph faces the wrong way, the
        // reading that leaves the rest of the paragraph able to pair up is the one reported
        const left = marks.length - i;
        const end = trailing(raw, m, to);
        if (!open) {
          if (end) report(m, `stray quotation mark ${m.glyph}: nothing follows it in its paragraph and no quotation is open`);
          else if (m.kind !== 'close') open = m;
          else if (left % 2 === 0) {
            report(m, `opening quotation mark typed as a closing one (${m.glyph})`);
            open = m;
          } else report(m, `stray quotation mark ${m.glyph}: no quotation is open in its paragraph for it to close`);
          return;
        }
        if (m.kind !== 'open') open = undefined;
        else if (end || left % 2 === 1) {
          report(m, `closing quotation mark typed as an opening one (${m.glyph})`);
          open = undefined;
        } else {
          report(open, `quotation mark ${open.glyph} is not closed before the next quotation opens`);
          open = m;
        }
      });
      if (!open) return;
      const next = paragraphs[k + 1];
      const first = next && marksIn(raw, next[0], next[1])[0];
      const nextOpens = !!first && first.kind !== 'close' && !raw.slice(next![0], first.at).trim();
      if (options.runOn && nextOpens) return;
      report(open, `quotation mark ${open.glyph} is never closed in its paragraph`);
    });
    return out;
  },
};
