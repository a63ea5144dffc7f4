// Property-based tests (fast-check) over arbitrary text and over mutated seed articles: the
// analysis never throws, the printed report validates against the schema, every quote's
// start/end slice the text to its `text`, and time stays about linear in the input. Run counts
// are kept small so `npm test` stays fast; a failure prints the seed and the shrunk input.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../src/format/json.js';
import { decode } from '../src/input/read.js';
import { analyze } from '../src/pipeline.js';
import { buildReport, toReportArticle } from '../src/report/build.js';
import { reportErrors } from './support/schema.js';

const SEEDS = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join('seeds', f), 'utf8'));

/** The invariants, as a property body: throws (failing the property) when one is broken. */
function holds(raw: string): true {
  const article = toReportArticle(analyze({ file: 'p.txt', id: 'p', raw }));
  const errors = reportErrors(JSON.parse(formatJson(buildReport([article], []))));
  if (errors) throw new Error(`schema: ${errors}`);
  for (const q of article.quotes) {
    if (!(q.start < q.end && q.end <= raw.length)) throw new Error(`bad offsets ${q.start}-${q.end} of ${raw.length}`);
    if (raw.slice(q.start, q.end) !== q.text) throw new Error(`slice ${JSON.stringify(raw.slice(q.start, q.end))} !== text ${JSON.stringify(q.text)}`);
  }
  return true;
}

const MARKS = ['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', "'", '\u2018', '\u2019', '\u2033'];
const WORDS = ['said', 'told', 'reporters', 'denied', 'according', 'to', 'the', 'report', 'that', 'he', 'she', 'they', 'it',
  'Anna', 'Berg', 'Minister', 'Lars', 'Vik', 'Reuters', 'The', 'New', 'York', 'Times', 'officials', 'a', 'spokesman', 'was', 'not', 'true', 'Mr.', 'U.S.'];
const ODD = ['\n', '\n\n', '\r\n', '\t', '\u0000', '\u0007', '\u001b', '\u000b', '\u000c', '\u0085', '\u2028', '\u200b', '\u202e', '\uFEFF',
  '<p>', '</p>', '<br>', '<a href="x">', '<!--', '-->', '<script>', '</script>', '&amp;', '&rdquo;', '&#8220;', '&#x1F600;', '&bogus;',
  '\u{1F600}', '\u{1F469}\u200D\u{1F467}', '\u{1D4B3}', '\u0645\u0631\u062d\u0628\u0627', '\u05e9\u05dc\u05d5\u05dd', '\u4e2d\u6587', '\u2014', '\u2026'];
/** a lone surrogate: not valid UTF-16, but a JS string can hold one */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** text made of the pieces that matter to the pipeline, in any order */
const textLike = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
      { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
      { weight: 3, arbitrary: fc.constantFrom(' ', ' ', ', ', '. ', ': ', '? ', '! ') },
      { weight: 2, arbitrary: fc.constantFrom(...ODD) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
      { weight: 1, arbitrary: loneSurrogate },
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

describe('properties over arbitrary text', () => {
  it('any Unicode string: never throws, a valid report, true offsets', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), holds), { numRuns: 60 });
  });

  it('text-like strings of words, marks, markup, control characters and other scripts', () => {
    fc.assert(fc.property(textLike, holds), { numRuns: 150 });
  });

  it('any bytes: decoding either refuses them as an input error or gives text the analysis takes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        let text: string;
        try {
          text = decode(bytes).text;
        } catch (err) {
          // only the input errors a file can get, never a crash
          expect((err as { code?: string }).code).toMatch(/^E_(BINARY|TOO_LARGE)$/);
          return;
        }
        holds(text);
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------- mutated seed articles

type Mutation =
  | { kind: 'delete mark' | 'double mark'; at: number }
  | { kind: 'inject'; at: number; what: string }
  | { kind: 'shuffle paragraphs'; keys: number[] };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete mark' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('double mark' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('inject' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), what: fc.constantFrom(...ODD, ...MARKS) }),
  fc.record({ kind: fc.constant('shuffle paragraphs' as const), keys: fc.array(fc.nat(), { minLength: 80, maxLength: 80 }) }),
);

/** Applies a mutation; positions are fractions of the current text (or of its marks). */
function mutate(text: string, m: Mutation): string {
  if (m.kind === 'shuffle paragraphs') {
    const paras = text.split(/\n\s*\n/);
    return paras
      .map((p, i) => ({ p, k: m.keys[i % m.keys.length]! * 1000 + i }))
      .sort((a, b) => a.k - b.k)
      .map((x) => x.p)
      .join('\n\n');
  }
  if (m.kind === 'inject') {
    const at = Math.floor(m.at * text.length);
    return text.slice(0, at) + m.what + text.slice(at);
  }
  const marks = [...text.matchAll(/["\u201c\u201d'\u2018\u2019]/g)].map((x) => x.index);
  if (!marks.length) return text;
  const at = marks[Math.min(marks.length - 1, Math.floor(m.at * marks.length))]!;
  return m.kind === 'delete mark' ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at + 1) + text.slice(at);
}

const mutatedSeed = fc
  .tuple(fc.integer({ min: 0, max: SEEDS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 12 }))
  .map(([i, ms]) => ms.reduce(mutate, SEEDS[i]!));

describe('properties over mutated seed articles', () => {
  it('deleted and doubled marks, shuffled paragraphs, injected HTML and control characters', () => {
    fc.assert(fc.property(mutatedSeed, holds), { numRuns: 30 });
  });

  it('takes about linear time: four articles together cost about what they cost apart', () => {
    // CPU time of this process: not inflated by other processes on a busy machine
    const time = (raw: string) => {
      const t = process.cpuUsage();
      holds(raw);
      const d = process.cpuUsage(t);
      return (d.user + d.system) / 1000;
    };
    fc.assert(
      fc.property(fc.array(mutatedSeed, { minLength: 4, maxLength: 4 }), (articles) => {
        const apart = articles.reduce((sum, a) => sum + time(a), 0);
        const together = Math.min(time(articles.join('\n\n')), time(articles.join('\n\n')));
        // linear: about equal; quadratic: about 4x. Slack for noise on a busy machine.
        expect(together).toBeLessThan(2.5 * apart + 50);
      }),
      { numRuns: 3 },
    );
  });
});
