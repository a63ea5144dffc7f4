// Pathological text through the whole pipeline: each shape gives a report that validates against
// the schema, with every quote's offsets slicing the text to its words, in time that grows about
// linearly with the input (4x the input may take at most LINEAR_SLACK x the CPU time; a
// quadratic stage would take 16x). No wall-clock limits: speed targets live in the benchmark.
import { describe, expect, it } from 'vitest';
import { formatJson } from '../src/format/json.js';
import type { ReportArticle } from '../src/model/types.js';
import { attribute } from '../src/attribution/attribute.js';
import { recognize } from '../src/entities/recognize.js';
import { normalize } from '../src/input/normalize.js';
import { analyze } from '../src/pipeline.js';
import { extractCandidates } from '../src/quotes/extract.js';
import { segment } from '../src/text/segment.js';
import { buildReport, toReportArticle } from '../src/report/build.js';
import { repeatTo, SHAPES } from './support/pathological.js';
import { reportErrors } from './support/schema.js';

const LINEAR_SLACK = 10;

/** The article for `raw`, after checking the printed report and the offset contract. */
function checked(raw: string): ReportArticle {
  const article = toReportArticle(analyze({ file: 'x.txt', id: 'x', raw }));
  expect(reportErrors(JSON.parse(formatJson(buildReport([article], []))))).toBeNull();
  for (const q of article.quotes) {
    expect(q.start).toBeLessThan(q.end);
    expect(raw.slice(q.start, q.end)).toBe(q.text);
  }
  return article;
}

/** CPU milliseconds (this process, user + system): unlike wall time, not inflated by other
 *  processes on a busy machine */
function timed(raw: string): number {
  const t = process.cpuUsage();
  checked(raw);
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

/** base sizes: shapes the tagger reads word by word are the slow ones */
const BASE: Record<string, number> = {
  'no punctuation': 2000, 'one long line': 2000, 'many names': 2000, 'emoji and astral': 2000, 'many quotes': 3000,
  'unbalanced marks': 4000, 'mixed scripts and RTL': 5000, 'single quotes': 5000,
};

describe('pathological text: a valid report in about linear time', () => {
  it.each(Object.keys(SHAPES))('%s', (name) => {
    const make = SHAPES[name]!;
    const n = BASE[name] ?? 8000;
    // the better of two runs each: one run can be hit by a GC pause, the JIT or a busy machine
    const small = Math.min(timed(make(n)), timed(make(n)));
    const large = Math.min(timed(make(4 * n)), timed(make(4 * n)));
    // 20 ms floor: below that, timer and GC noise dominate the ratio
    expect(large, `${name}: ${small.toFixed(0)} ms for ${n} chars, ${large.toFixed(0)} ms for ${4 * n}`).toBeLessThan(LINEAR_SLACK * Math.max(small, 20));
  });
});

// The tagger's time dominates whole-pipeline runs at sizes a test can afford, and hides a
// quadratic stage after it; so here the text is tagged once per size, untimed, and only the
// stages after the tagger are timed (entities, quote spans, attribution).
describe('the stages after the tagger stay about linear on quote- and name-heavy text', () => {
  const mixedMarks = (n: number) => repeatTo('"Yes" he said \u201cno\u201d \'so\' ', n);
  // (with the quadratic stages these took 66x and 12x the time for 4x the text)
  it.each([
    ['many names', SHAPES['many names']!],
    ['double and single marks', mixedMarks],
  ] as const)('%s', (name, make) => {
    const stagesTime = (raw: string) => {
      const norm = normalize(raw);
      const { sentences, tokens } = segment(norm.text, norm.paragraphs);
      let best = Infinity;
      for (let k = 0; k < 2; k++) {
        const t = process.cpuUsage();
        const { entities } = recognize(tokens, norm.text, sentences);
        const doc = { file: 'x.txt', id: 'x', raw, ...norm, sentences, tokens, entities };
        attribute(doc, extractCandidates(doc));
        const d = process.cpuUsage(t);
        best = Math.min(best, (d.user + d.system) / 1000);
      }
      return best;
    };
    const n = 10000;
    const small = stagesTime(make(n));
    const large = stagesTime(make(4 * n));
    expect(large, `${name}: ${small.toFixed(0)} ms for ${n} chars, ${large.toFixed(0)} ms for ${4 * n}`).toBeLessThan(LINEAR_SLACK * Math.max(small, 20));
  });
});

describe('worst cases named by the issue', () => {
  // a 2 MB line of real prose takes the tagger about a minute: that one is in `npm run bench:stress`
  it('reads one 2 MB line of quotation marks', () => {
    const raw = '"'.repeat(2 * 1024 * 1024);
    expect(checked(raw).quotes).toEqual([]);
  });

  it('reads 10,000 quotation marks in quotes that attribute', () => {
    const raw = '\u201cYes,\u201d Anna said. '.repeat(5000);
    expect(raw.match(/[\u201c\u201d]/g)).toHaveLength(10000);
    const a = checked(raw);
    // one paragraph: one quote per pair, each attributed to the name after it
    expect(a.quotes).toHaveLength(5000);
    expect(a.quotes.every((q) => q.text === 'Yes,' && q.type === 'direct' && q.speaker.name === 'Anna')).toBe(true);
  });

  it('reads 10,000 opening marks that never close', () => {
    checked('\u201c'.repeat(10000));
    checked(repeatTo('\u201cword ', 60000));
  });

  it('keeps offsets as JS string indices through emoji and astral characters', () => {
    const raw = '\u{1F600}\u{1F469}\u200D\u{1F469}\u200D\u{1F467} \u201cWe \u{1D4B3} will \u{1F680} win,\u201d said Anna Berg. \u05e9\u05dc\u05d5\u05dd \u201c\u0647\u0630\u0627 \u063a\u064a\u0631\u201d';
    const a = checked(raw);
    const q = a.quotes.find((x) => x.text.startsWith('We'))!;
    expect(q.text).toBe('We \u{1D4B3} will \u{1F680} win,');
    expect(q.start).toBe(raw.indexOf('We'));
    expect(q.speaker.name).toBe('Anna Berg');
  });

  it('reads text with no punctuation at all, and no letters at all', () => {
    checked(SHAPES['no punctuation']!(20000));
    checked(repeatTo('\u2014 \u2026 ; : , ', 20000));
    checked('');
    checked(' \n\n\t ');
  });
});
