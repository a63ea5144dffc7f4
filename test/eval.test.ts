// claims eval end to end: (a) it gives the independent scorer's figures (test/fixtures/score.mjs,
// run as a child process) on the seeds' real report and on a synthetic report full of known
// mistakes; (b) known numbers on a hand-made case through the CLI; (c) --min exit codes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claims } from './support/cli.js';
import { evaluate } from '../src/eval/evaluate.js';
import type { EvalJson } from '../src/eval/format.js';
import { type GoldArticle, loadGoldDir } from '../src/eval/gold.js';
import { SCORER_METRICS } from '../src/eval/metrics.js';
import { byId, fromReportArticles } from '../src/eval/predictions.js';
import type { Report } from '../src/model/types.js';
import { analyze } from '../src/pipeline.js';
import { buildReport, toReportArticle } from '../src/report/build.js';
import { GOLD, PRED, TEXT } from './fixtures/eval-sample.js';

const GOLD_DIR = join('test', 'fixtures', 'gold');
const SCORER = join('test', 'fixtures', 'score.mjs');
const SEEDS = 'seeds';

interface ScorerOutput {
  metrics: Record<string, number>;
  rows: { id: string; gold: number; pred: number; matched: number; speakerOk: number; contested: string }[];
}

function scorer(report: string, goldDir = GOLD_DIR, extra: string[] = []): ScorerOutput {
  const out = execFileSync(process.execPath, [SCORER, report, goldDir, '--json', ...extra], { encoding: 'utf8' });
  return JSON.parse(out) as ScorerOutput;
}


async function evalJson(argv: string[]): Promise<EvalJson> {
  const r = await claims(['eval', '--format', 'json', ...argv]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as EvalJson;
}

/** every metric the scorer reports, equal to ours within 1e-9 (and none of its names unknown to us) */
function expectSameMetrics(ours: Record<string, number>, theirs: Record<string, number>): void {
  expect(Object.keys(theirs).sort()).toEqual([...SCORER_METRICS].sort());
  for (const [name, value] of Object.entries(theirs)) {
    expect(ours[name], name).toBeTypeOf('number');
    expect(Math.abs((ours[name] ?? NaN) - value), `${name}: ours ${ours[name]}, score.mjs ${value}`).toBeLessThanOrEqual(1e-9);
  }
}

/** the scorer's per-article rows rebuilt from our per-article counts */
function rowsOf(doc: EvalJson): ScorerOutput['rows'] {
  return doc.articles.map((a) => ({
    id: a.id, gold: a.counts.gold, pred: a.counts.pred, matched: a.counts.tp, speakerOk: a.counts.spOk,
    contested: `${a.counts.ctp}/${a.counts.cgold} (pred ${a.counts.cpred})`,
  }));
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'claims-eval-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

// ---------------------------------------------------------------- (a) agreement with score.mjs

describe('agreement with the independent scorer on the seeds', () => {
  let report: Report;
  let reportFile: string;
  let theirs: ScorerOutput;
  beforeAll(() => {
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
    report = buildReport(
      files.map((f) => toReportArticle(analyze({ file: join(SEEDS, f), id: f.replace(/\.txt$/, ''), raw: readFileSync(join(SEEDS, f), 'utf8') }))),
      [],
    );
    reportFile = join(tmp, 'seeds.json');
    writeFileSync(reportFile, JSON.stringify(report));
    theirs = scorer(reportFile);
  });

  it('gives the same metrics from the report in memory', () => {
    const r = evaluate(loadGoldDir(GOLD_DIR), byId(fromReportArticles(report.articles)));
    expectSameMetrics(r.metrics, theirs.metrics);
    expect(theirs.metrics.articles).toBe(5);
  });

  it('gives the same metrics and per-article counts through claims eval --report', async () => {
    const doc = await evalJson(['--gold', GOLD_DIR, '--report', reportFile]);
    expectSameMetrics(doc.metrics, theirs.metrics);
    expect(rowsOf(doc)).toEqual(theirs.rows);
  });

  it('gives the same metrics when claims eval runs the extraction itself', async () => {
    const doc = await evalJson(['--gold', GOLD_DIR, SEEDS]);
    expectSameMetrics(doc.metrics, theirs.metrics);
    expect(rowsOf(doc)).toEqual(theirs.rows);
  });
});

/**
 * A report made from the gold answers with deliberate mistakes of every kind, so that the
 * agreement test covers matching, speakers, labels, denials and claims whatever the state of
 * the extraction. Deterministic: the mistakes depend only on the quote's position.
 */
function syntheticReport(): unknown[] {
  const golds = readdirSync(GOLD_DIR).filter((f) => /^\d{3}_.*\.gold\.json$/.test(f)).sort();
  // a stale copy of an article before the real one: the later article of an id is the one scored
  const articles: unknown[] = [{ file: 'old-run/001_c2c620873a319e23.txt', quotes: [], contested: [] }];
  golds.forEach((f, a) => {
    const gold = JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')) as GoldArticle;
    if (a === 0) return; // one gold article without prediction: counted as missing
    const quotes: Record<string, unknown>[] = [];
    gold.quotes.forEach((g, i) => {
      const words = g.text.split(' ');
      const surname = g.speaker.split(' ').at(-1) ?? '';
      const base = { text: g.text, type: g.type, speaker: { name: g.speaker, type: g.speakerType, mention: g.speaker }, cue: g.cue,
        strength: { label: g.strength, score: 0.5, reasons: [] }, stance: g.stance, start: 0, end: 0 };
      switch ((i + a) % 10) {
        case 0: return; // a miss
        case 1: quotes.push(base); break; // all right
        case 2: // about half the words: around the 0.5 threshold, found or missed by length
          quotes.push({ ...base, text: words.slice(0, Math.ceil(words.length / 2)).join(' '), speaker: g.aliases?.[0] ?? g.speaker }); break;
        case 3: // wrong speaker, wrong type
          quotes.push({ ...base, speaker: { name: 'Someone Else', type: 'person', mention: 'he' }, type: g.type === 'indirect' ? 'direct' : 'indirect' }); break;
        case 4: // diluted with extra words, strength as a bare string and wrong, claims a denial
          quotes.push({ ...base, text: `${g.text} and then some more words were added here`, strength: g.strength === 'weak' ? 'strong' : 'weak', stance: 'denies' }); break;
        case 5: { // surname with a suffix (a title word), stance left out (neutral)
          const { stance: _omit, ...rest } = base;
          quotes.push({ ...rest, speaker: `${surname} Jr.` }); break;
        }
        case 6: { // no speaker found, no type given
          const { type: _omit, ...rest } = base;
          quotes.push({ ...rest, speaker: { name: '', type: 'unknown', mention: '' }, strength: { label: 'unattributed', score: 0, reasons: [] } }); break;
        }
        case 7: // found twice: the better copy wins, the other is a false alarm
          quotes.push({ ...base, text: words.slice(1).join(' ') }, { ...base, stance: 'asserts' }); break;
        case 8: // found twice with equal overlap: the first copy (wrong speaker) wins the tie
          quotes.push({ ...base, speaker: 'Someone Else' }, base); break;
        default: // the name decorated: a possessive for a person, a title word for the others
          quotes.push({ ...base, speaker: g.speakerType === 'person' ? `${surname}’s` : `the former ${surname}` });
      }
    });
    quotes.push(
      { text: 'a quotation that appears nowhere in the gold answers at all', type: 'direct', speaker: { name: 'Nobody' }, strength: { label: 'strong' }, stance: 'denies' },
      { text: 'another invented indirect report about the talks', type: 'indirect', speaker: 'Officials', strength: 'weak' },
    );
    const contested = a === 2 ? [] : [
      // disputers by surname, or with another first name (matched only by the person rule)
      ...gold.contested.map((c, k) => ({ ...c, disputedBy: c.disputedBy.map((d) => (k % 2 ? d.split(' ').at(-1) ?? d : d.replace(/^\S+ (?=\S)/, 'Another '))) })),
      { claim: 'an undisputed thing', evidence: 'x', assertedBy: ['Someone'], disputedBy: [{ name: 'Nobody Known' }] },
    ];
    // ids by file path, by id, and by article name: all three forms the scorer accepts
    const where = a % 3 === 0 ? { file: join(SEEDS, gold.article) } : a % 3 === 1 ? { id: gold.article.replace(/\.txt$/, '') } : { article: gold.article };
    articles.push({ ...where, title: null, date: null, entities: [], quotes, contested });
  });
  articles.push({ file: 'elsewhere/zzz_no_gold.txt', quotes: [{ text: 'x y z', type: 'direct', speaker: 'A' }], contested: [] });
  return articles;
}

describe('agreement with the independent scorer on a synthetic report with known mistakes', () => {
  const articles = syntheticReport();
  let jsonFile: string;
  let ndjsonFile: string;
  beforeAll(() => {
    jsonFile = join(tmp, 'synthetic.json');
    writeFileSync(jsonFile, JSON.stringify({ schemaVersion: 1, tool: { name: 'claims', version: '0' }, articles, errors: [] }));
    ndjsonFile = join(tmp, 'synthetic.ndjson');
    writeFileSync(ndjsonFile, articles.map((x) => JSON.stringify(x)).join('\n') + '\n');
  });

  it('exercises every kind of mistake (so agreement means something)', () => {
    const m = scorer(jsonFile).metrics;
    expect(m.missing).toBe(1);
    for (const k of ['quote.P', 'quote.R', 'quoted.F1', 'indirect.F1', 'e2e.F1', 'speaker.acc', 'type.acc', 'strength.acc', 'stance.acc', 'deny.P', 'deny.R', 'contested.P', 'contested.R']) {
      expect(m[k], k).toBeGreaterThan(0);
      expect(m[k], k).toBeLessThan(1);
    }
  });

  it.each([
    ['json', [] as string[]],
    ['ndjson', [] as string[]],
    ['json, --only direct', ['--only', 'direct']],
    ['json, --only partial', ['--only', 'partial']],
    ['ndjson, --only indirect', ['--only', 'indirect']],
  ])('gives the same metrics and per-article counts (%s)', async (name, extra) => {
    const file = name.startsWith('ndjson') ? ndjsonFile : jsonFile;
    const theirs = scorer(file, GOLD_DIR, extra);
    const doc = await evalJson(['--gold', GOLD_DIR, '--report', file, ...extra]);
    expectSameMetrics(doc.metrics, theirs.metrics);
    expect(rowsOf(doc)).toEqual(theirs.rows);
  });

  it('lists the mistakes with their sentences, found from the files the report names', async () => {
    const doc = await evalJson(['--gold', GOLD_DIR, '--report', jsonFile, '--errors']);
    const kinds = new Set(doc.errors?.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['contested-false-alarm', 'contested-miss', 'false-alarm', 'miss', 'wrong-speaker', 'wrong-stance', 'wrong-strength', 'wrong-type']);
    // every miss of article 000 (no prediction at all) has its sentence from seeds/ via PATH
    const withTexts = await evalJson(['--gold', GOLD_DIR, '--report', jsonFile, '--errors', SEEDS]);
    const misses000 = withTexts.errors?.filter((e) => e.article === '000_65ee97d515d98c9a' && e.kind === 'miss') ?? [];
    expect(misses000.length).toBe(withTexts.articles[0]?.counts.gold);
    for (const e of misses000) expect(e.sentence, e.text).toContain(e.text);
    // an article given by `file` finds its text there without PATH
    const byFile = doc.errors?.filter((e) => e.article === '003_d1c652ec6c8e0ea2' && e.kind === 'miss') ?? [];
    expect(byFile.length).toBeGreaterThan(0);
    for (const e of byFile) expect(e.sentence, e.text).toContain(e.text);
  });
});

// ---------------------------------------------------------------- (b) known numbers through the CLI

describe('a hand-made case with known numbers', () => {
  let goldDir: string;
  let textDir: string;
  let reportFile: string;
  beforeAll(() => {
    goldDir = join(tmp, 'small-gold');
    textDir = join(tmp, 'small-texts');
    mkdirSync(goldDir);
    mkdirSync(textDir);
    writeFileSync(join(goldDir, 'a.gold.json'), JSON.stringify(GOLD.gold));
    writeFileSync(join(goldDir, 'speakers.gold.json'), JSON.stringify([{ speaker: 'x', variants: ['x'], articles: ['a.txt'] }]));
    writeFileSync(join(textDir, 'a.txt'), TEXT);
    reportFile = join(tmp, 'small.json');
    const quotes = PRED.quotes.map((q) => ({ ...q, speaker: { name: q.speaker }, strength: { label: q.strength } }));
    writeFileSync(reportFile, JSON.stringify({ articles: [{ file: 'a.txt', quotes, contested: PRED.contested }] }));
  });

  it('reports the expected figures, and score.mjs agrees', async () => {
    const doc = await evalJson(['--gold', goldDir, '--report', reportFile]);
    const m = doc.metrics;
    expect(m.articles).toBe(1);
    expect(m['quote.P']).toBeCloseTo(2 / 3, 12);
    expect(m['quote.R']).toBeCloseTo(2 / 3, 12);
    expect(m['e2e.F1']).toBeCloseTo(1 / 3, 12);
    expect(m['quoted.F1']).toBeCloseTo(2 / 3, 12);
    expect(m['indirect.F1']).toBeCloseTo(2 / 3, 12);
    expect(m['speaker.acc']).toBe(0.5);
    expect(m['strength.acc']).toBe(0.5);
    expect(m['deny.F1']).toBeCloseTo(2 / 3, 12);
    expect(m['contested.P']).toBe(0.5);
    expect(m['contested.R']).toBe(1);
    expectSameMetrics(m, scorer(reportFile, goldDir).metrics);
  });

  it('prints a readable table and the error list with sentences in text format', async () => {
    const r = await claims(['eval', '--gold', goldDir, '--report', reportFile, '--errors', textDir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^a\s+3\s+3\s+2\s+1\s+0\.667\s+0\.667\s+0\.667\s+0\.333\s+1\/1 \(pred 2\)$/m);
    expect(r.stdout).toMatch(/^quote\s+0\.667 \(2\/3\)/m);
    expect(r.stdout).toContain('errors: 5');
    expect(r.stdout).toMatch(/miss\s+\[indirect\] “the payments were approved in March” — gold speaker officials\n\s+in: Officials said the payments were approved in March\./);
    expect(r.stdout).toMatch(/false alarm\s+\[direct\] “Peskov denied it” — speaker Peskov/);
  });

  it('runs the extraction on the given texts, notes inputs without gold and gold without input', async () => {
    writeFileSync(join(textDir, 'b.txt'), 'Nobody said anything here, officials said.');
    writeFileSync(join(goldDir, 'c.gold.json'), JSON.stringify({ ...GOLD.gold, article: 'c.txt' }));
    try {
      const r = await claims(['eval', '--gold', goldDir, textDir, '--format', 'json']);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout) as EvalJson;
      expect(doc.articles.map((a) => [a.id, a.predicted])).toEqual([['a', true], ['c', false]]);
      expect(doc.metrics.missing).toBe(1);
      expect(r.stderr).toContain('no gold file in');
      expect(r.stderr).toContain(': b');
      expect(r.stderr).toMatch(/no input for 1 of 2 gold article\(s\), scored as all missed: c/);
    } finally {
      rmSync(join(textDir, 'b.txt'));
      rmSync(join(goldDir, 'c.gold.json'));
    }
  });
});

// ---------------------------------------------------------------- (c) --min gating and usage errors

describe('--min gating and exit codes', () => {
  let goldDir: string;
  let reportFile: string;
  beforeAll(() => {
    goldDir = join(tmp, 'gate-gold');
    mkdirSync(goldDir);
    writeFileSync(join(goldDir, 'a.gold.json'), JSON.stringify(GOLD.gold));
    reportFile = join(tmp, 'gate.json');
    writeFileSync(reportFile, JSON.stringify([{ id: 'a', quotes: PRED.quotes, contested: PRED.contested }]));
  });
  // the hand-made case: quote.F1 = 2/3, e2e.F1 = 1/3, speaker.acc = 0.5
  const gate = (...mins: string[]) => claims(['eval', '--gold', goldDir, '--report', reportFile, ...mins.flatMap((m) => ['--min', m])]);

  it('exits 0 when every metric meets its floor (equal passes)', async () => {
    const r = await gate('quote.F1=0.66', 'speaker.acc=0.5', 'e2e.F1=0.3');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('exits 1 and names each metric below its floor, still printing the scores', async () => {
    const r = await gate('quote.F1=0.67', 'speaker.acc=0.5', 'e2e.F1=0.9');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('claims eval: quote.F1=0.667 is below --min quote.F1=0.67\nclaims eval: e2e.F1=0.333 is below --min e2e.F1=0.9\n');
    expect(r.stdout).toContain('quote.F1');
  });

  it('gates on the extra metrics too', async () => {
    expect((await gate('quoted.R=1')).code).toBe(0);
    expect((await gate('indirect.R=0.6')).code).toBe(1);
  });

  it('exits 2 on an unknown metric or a bad value, before scoring', async () => {
    const unknown = await gate('quote.f1=0.5');
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('unknown metric "quote.f1"');
    expect((await gate('quote.F1')).code).toBe(2);
    expect((await gate('quote.F1=high')).code).toBe(2);
  });

  it('exits 2 without --gold, without articles or report, and on a bad gold file naming it', async () => {
    const noGold = await claims(['eval', '--report', reportFile]);
    expect(noGold.code).toBe(2);
    expect(noGold.stderr).toContain('--gold');
    const nothing = await claims(['eval', '--gold', goldDir]);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('--report FILE');
    const badDir = join(tmp, 'bad-gold');
    mkdirSync(badDir);
    writeFileSync(join(badDir, 'a.gold.json'), JSON.stringify({ ...GOLD.gold, quotes: [{ ...GOLD.gold.quotes[0], stance: 'denied' }] }));
    const bad = await claims(['eval', '--gold', badDir, '--report', reportFile]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`bad gold file ${join(badDir, 'a.gold.json')}`);
    expect(bad.stderr).toContain('quotes[0].stance: must be one of denies, asserts, neutral (got "denied")');
    const missingDir = await claims(['eval', '--gold', join(tmp, 'nope'), '--report', reportFile]);
    expect(missingDir.code).toBe(2);
  });

  it('exits 2 on a report that cannot be read or parsed', async () => {
    expect((await claims(['eval', '--gold', goldDir, '--report', join(tmp, 'missing.json')])).code).toBe(2);
    const garbage = join(tmp, 'garbage.json');
    writeFileSync(garbage, '{"articles": [\nnot json');
    const r = await claims(['eval', '--gold', goldDir, '--report', garbage]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${garbage}: neither a JSON report nor NDJSON`);
  });

  it('exits 0 for --help, which lists the metric names --min accepts', async () => {
    const r = await claims(['eval', '--help']);
    expect(r.code).toBe(0);
    for (const name of SCORER_METRICS) expect(r.stdout).toContain(name);
    expect(r.stdout).not.toContain('default: []');
  });

  it('exits 3 when an input cannot be read, still scoring the others, and 3 over 1 for a missed floor', async () => {
    const seed = join(SEEDS, '001_c2c620873a319e23.txt');
    const one = await claims(['eval', '--gold', GOLD_DIR, seed, join(tmp, 'absent.txt'), '--format', 'json']);
    expect(one.code).toBe(3);
    expect(one.stderr).toContain('absent.txt: no such file or directory (E_NOT_FOUND)');
    expect(JSON.parse(one.stdout).articles.filter((a: { predicted: boolean }) => a.predicted)).toHaveLength(1);
    const none = await claims(['eval', '--gold', GOLD_DIR, join(tmp, 'absent.txt')]);
    expect(none.code).toBe(3);
    // a floor nobody can meet: alone it is 1, with an unreadable input 3
    expect((await claims(['eval', '--gold', GOLD_DIR, seed, '--min', 'quote.F1=1.01'])).code).toBe(1);
    expect((await claims(['eval', '--gold', GOLD_DIR, seed, join(tmp, 'absent.txt'), '--min', 'quote.F1=1.01'])).code).toBe(3);
  });
});

