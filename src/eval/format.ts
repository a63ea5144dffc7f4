// Rendering an evaluation: a JSON document for machines, a per-article table plus totals for
// people. Both render the EvalResult as computed and never recompute a figure.
import type { ArticleResult, ErrorKind, EvalError, EvalResult } from './evaluate.js';
import type { FloorFailure } from './gate.js';
import { type Counts, type MetricName, type Metrics, fractionOf } from './metrics.js';

export interface EvalJson {
  metrics: Metrics;
  counts: Counts;
  articles: { id: string; goldFile: string; predicted: boolean; metrics: Metrics; counts: Counts }[];
  errors?: EvalError[];
}

export function toJson(r: EvalResult, withErrors: boolean): EvalJson {
  return {
    metrics: r.metrics,
    counts: r.counts,
    articles: r.articles.map((a) => ({ id: a.id, goldFile: a.goldFile, predicted: a.predicted, metrics: a.metrics, counts: a.counts })),
    ...(withErrors ? { errors: r.errors } : {}),
  };
}

export function formatJson(r: EvalResult, withErrors: boolean): string {
  return `${JSON.stringify(toJson(r, withErrors), null, 2)}\n`;
}

const f3 = (x: number): string => x.toFixed(3);
const pad = (s: string, n: number): string => s.padEnd(n);
const lpad = (s: string | number, n: number): string => String(s).padStart(n);

function articleRow(id: string, c: Counts, m: Metrics, w: number): string {
  return [
    pad(id, w),
    lpad(c.gold, 5), lpad(c.pred, 5), lpad(c.tp, 6), lpad(c.spOk, 7),
    lpad(f3(m['quote.P']), 8), lpad(f3(m['quote.R']), 8), lpad(f3(m['quote.F1']), 9), lpad(f3(m['e2e.F1']), 7),
    `  ${c.ctp}/${c.cgold} (pred ${c.cpred})`,
  ].join('');
}

function articleTable(articles: readonly ArticleResult[], total: Pick<EvalResult, 'counts' | 'metrics'>): string[] {
  const w = Math.max(12, ...articles.map((a) => a.id.length + (a.predicted ? 0 : 2))) + 2;
  const head = [pad('article', w), lpad('gold', 5), lpad('pred', 5), lpad('match', 6), lpad('spk.ok', 7),
    lpad('quote.P', 8), lpad('quote.R', 8), lpad('quote.F1', 9), lpad('e2e.F1', 7), '  contested'].join('');
  const rows = articles.map((a) => articleRow(a.predicted ? a.id : `${a.id} *`, a.counts, a.metrics, w));
  return [head, ...rows, '-'.repeat(head.length), articleRow('all (micro)', total.counts, total.metrics, w)];
}

function frac(name: MetricName, c: Counts): string {
  const f = fractionOf(name, c);
  return f ? `${f[0]}/${f[1]}` : '';
}

function metricBlock(r: EvalResult): string[] {
  const { metrics: m, counts: c } = r;
  const families: [string, string][] = [
    ['quote', 'quote spans found (token overlap >= 0.5, one-to-one)'],
    ['quoted', 'direct + partial quotes only'],
    ['indirect', 'indirect quotes only'],
    ['e2e', 'quote found and its speaker right'],
    ['deny', 'stance "denies" detected'],
    ['contested', 'contested claims, matched by a disputer'],
  ];
  const out = [`${pad('', 14)}${lpad('P', 16)}${lpad('R', 16)}${lpad('F1', 8)}`];
  for (const [fam, what] of families) {
    const cell = (k: MetricName): string => `${f3(m[k])} ${pad(frac(k, c) ? `(${frac(k, c)})` : '', 9)}`;
    out.push(`${pad(fam, 14)}${lpad(cell(`${fam}.P` as MetricName), 16)}${lpad(cell(`${fam}.R` as MetricName), 16)}${lpad(f3(m[`${fam}.F1` as MetricName]), 8)}   ${what}`);
  }
  out.push('');
  for (const k of ['speaker.acc', 'type.acc', 'strength.acc', 'stance.acc'] as const) {
    out.push(`${pad(k, 14)}${lpad(f3(m[k]), 6)} (${frac(k, c)} matched quotes)`);
  }
  return out;
}

const KIND_LABEL: Record<ErrorKind, string> = {
  miss: 'miss',
  'false-alarm': 'false alarm',
  'wrong-speaker': 'wrong speaker',
  'wrong-type': 'wrong type',
  'wrong-strength': 'wrong strength',
  'wrong-stance': 'wrong stance',
  'contested-miss': 'contested miss',
  'contested-false-alarm': 'contested false alarm',
};

const clip = (s: string, n = 120): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const who = (s: string | null | undefined): string => (s ? s : '(none)');

function errorLine(e: EvalError): string[] {
  const label = pad(KIND_LABEL[e.kind], 22);
  const quote = `“${clip(e.text)}”`;
  let line: string;
  switch (e.kind) {
    case 'miss':
      line = `${label}[${e.type}] ${quote} — gold speaker ${who(e.speaker)}`;
      break;
    case 'false-alarm':
      line = `${label}[${e.type ?? '?'}] ${quote} — speaker ${who(e.speaker)}`;
      break;
    case 'contested-miss':
    case 'contested-false-alarm':
      line = `${label}${quote} — disputed by ${(e.disputedBy ?? []).map(who).join(', ') || '(none)'}`;
      break;
    default:
      line = `${label}${quote} — gold ${who(e.gold)}, predicted ${who(e.predicted)}`;
  }
  const out = [`    ${line}`];
  if (e.predictedText !== undefined) out.push(`    ${pad('', 22)}predicted words: “${clip(e.predictedText)}”`);
  if (e.sentence) out.push(`    ${pad('', 22)}in: ${clip(e.sentence, 240)}`);
  return out;
}

function errorBlock(r: EvalResult): string[] {
  const out = [`errors: ${r.errors.length}`];
  for (const a of r.articles) {
    if (!a.errors.length) continue;
    out.push(`  ${a.id} (${a.errors.length})`);
    for (const e of a.errors) out.push(...errorLine(e));
  }
  return out;
}

export function formatText(r: EvalResult, withErrors: boolean): string {
  const lines = articleTable(r.articles, r);
  const missing = r.articles.filter((a) => !a.predicted);
  if (missing.length) lines.push(`* no prediction for this article: its gold quotes all count as misses (${missing.length} of ${r.articles.length})`);
  lines.push('', ...metricBlock(r));
  if (withErrors) lines.push('', ...errorBlock(r));
  return `${lines.join('\n')}\n`;
}

export function formatFloorFailures(failures: readonly FloorFailure[]): string {
  return failures.map((f) => `claims eval: ${f.metric}=${f.value.toFixed(3)} is below --min ${f.metric}=${f.min}\n`).join('');
}
