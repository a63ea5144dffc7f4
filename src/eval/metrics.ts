// Counts and the metrics computed from them. Totals are micro-averaged: the counts of all
// articles are summed first and the ratios taken once, exactly as the independent scorer does.

export interface Counts {
  /** gold articles scored */
  articles: number;
  /** gold articles the predictions have no article for */
  missing: number;
  gold: number;
  pred: number;
  /** matched quote pairs */
  tp: number;
  /** matched pairs with the speaker right */
  spOk: number;
  /** direct+partial quotes: gold, predicted, matched among themselves */
  qgold: number;
  qpred: number;
  qtp: number;
  /** indirect quotes: gold, predicted, matched among themselves */
  igold: number;
  ipred: number;
  itp: number;
  typeOk: number;
  strOk: number;
  stOk: number;
  /** stance `denies`: matched pairs where both say denies, gold and predicted totals */
  denyTp: number;
  denyGold: number;
  denyPred: number;
  /** contested claims: gold, predicted, matched */
  cgold: number;
  cpred: number;
  ctp: number;
}

export function zeroCounts(): Counts {
  return {
    articles: 0, missing: 0, gold: 0, pred: 0, tp: 0, spOk: 0, qgold: 0, qpred: 0, qtp: 0, igold: 0, ipred: 0, itp: 0,
    typeOk: 0, strOk: 0, stOk: 0, denyTp: 0, denyGold: 0, denyPred: 0, cgold: 0, cpred: 0, ctp: 0,
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  const out = zeroCounts();
  for (const k of Object.keys(out) as (keyof Counts)[]) out[k] = a[k] + b[k];
  return out;
}

/** The metric names, in report order: the scorer's first, then the extra ones. */
export const METRIC_NAMES = [
  'articles', 'missing',
  'quote.P', 'quote.R', 'quote.F1', 'quoted.F1', 'indirect.F1', 'e2e.F1',
  'speaker.acc', 'type.acc', 'strength.acc', 'stance.acc',
  'deny.P', 'deny.R', 'deny.F1', 'contested.P', 'contested.R', 'contested.F1',
  'quoted.P', 'quoted.R', 'indirect.P', 'indirect.R', 'e2e.P', 'e2e.R',
] as const;

export type MetricName = (typeof METRIC_NAMES)[number];
export type Metrics = Record<MetricName, number>;

/** The metrics score.mjs also reports (the others are this tool's additions). */
export const SCORER_METRICS: readonly MetricName[] = METRIC_NAMES.slice(0, METRIC_NAMES.indexOf('contested.F1') + 1);

export function isMetricName(s: string): s is MetricName {
  return (METRIC_NAMES as readonly string[]).includes(s);
}

/** precision, recall, F1 from true positives and predicted / gold totals; 0 where undefined */
export function prf(tp: number, npred: number, ngold: number): [number, number, number] {
  const p = npred ? tp / npred : 0;
  const r = ngold ? tp / ngold : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}

const ratio = (n: number, d: number): number => (d ? n / d : 0);

export function metricsOf(c: Counts): Metrics {
  const [qp, qr, qf] = prf(c.tp, c.pred, c.gold);
  const [qqp, qqr, qqf] = prf(c.qtp, c.qpred, c.qgold);
  const [iip, iir, iif] = prf(c.itp, c.ipred, c.igold);
  const [ep, er, ef] = prf(c.spOk, c.pred, c.gold);
  const [dp, dr, df] = prf(c.denyTp, c.denyPred, c.denyGold);
  const [cp, cr, cf] = prf(c.ctp, c.cpred, c.cgold);
  return {
    articles: c.articles,
    missing: c.missing,
    'quote.P': qp, 'quote.R': qr, 'quote.F1': qf,
    'quoted.F1': qqf, 'indirect.F1': iif, 'e2e.F1': ef,
    'speaker.acc': ratio(c.spOk, c.tp), 'type.acc': ratio(c.typeOk, c.tp),
    'strength.acc': ratio(c.strOk, c.tp), 'stance.acc': ratio(c.stOk, c.tp),
    'deny.P': dp, 'deny.R': dr, 'deny.F1': df,
    'contested.P': cp, 'contested.R': cr, 'contested.F1': cf,
    'quoted.P': qqp, 'quoted.R': qqr, 'indirect.P': iip, 'indirect.R': iir, 'e2e.P': ep, 'e2e.R': er,
  };
}

/** numerator/denominator behind a ratio metric, for display (`15/20`); null for F1 and counts */
export function fractionOf(name: MetricName, c: Counts): [number, number] | null {
  switch (name) {
    case 'quote.P': return [c.tp, c.pred];
    case 'quote.R': return [c.tp, c.gold];
    case 'quoted.P': return [c.qtp, c.qpred];
    case 'quoted.R': return [c.qtp, c.qgold];
    case 'indirect.P': return [c.itp, c.ipred];
    case 'indirect.R': return [c.itp, c.igold];
    case 'e2e.P': return [c.spOk, c.pred];
    case 'e2e.R': return [c.spOk, c.gold];
    case 'speaker.acc': return [c.spOk, c.tp];
    case 'type.acc': return [c.typeOk, c.tp];
    case 'strength.acc': return [c.strOk, c.tp];
    case 'stance.acc': return [c.stOk, c.tp];
    case 'deny.P': return [c.denyTp, c.denyPred];
    case 'deny.R': return [c.denyTp, c.denyGold];
    case 'contested.P': return [c.ctp, c.cpred];
    case 'contested.R': return [c.ctp, c.cgold];
    default: return null;
  }
}
