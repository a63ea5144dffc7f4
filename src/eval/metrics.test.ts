import { describe, expect, it } from 'vitest';
import { METRIC_NAMES, SCORER_METRICS, addCounts, fractionOf, metricsOf, prf, zeroCounts } from './metrics.js';

describe('prf', () => {
  it('computes precision, recall and F1', () => {
    const [p, r, f] = prf(3, 4, 6);
    expect(p).toBe(0.75);
    expect(r).toBe(0.5);
    expect(f).toBeCloseTo(0.6, 12);
  });
  it('is 0 where a ratio is undefined', () => {
    expect(prf(0, 0, 0)).toEqual([0, 0, 0]);
    expect(prf(0, 5, 0)).toEqual([0, 0, 0]);
  });
});

describe('metricsOf', () => {
  it('micro-averages summed counts rather than averaging per-article figures', () => {
    const a = { ...zeroCounts(), articles: 1, gold: 1, pred: 1, tp: 1, spOk: 1 };
    const b = { ...zeroCounts(), articles: 1, gold: 9, pred: 1, tp: 0 };
    const total = metricsOf(addCounts(a, b));
    expect(total['quote.P']).toBe(0.5); // 1/2, same as the mean here
    expect(total['quote.R']).toBe(0.1); // 1/10, while the mean of 1 and 0 would be 0.5
    expect(total['e2e.R']).toBe(0.1);
    expect(total.articles).toBe(2);
  });
  it('computes the accuracies among matched quotes and e2e from speaker-right matches', () => {
    const c = { ...zeroCounts(), gold: 10, pred: 8, tp: 6, spOk: 3, typeOk: 6, strOk: 2, stOk: 4, denyTp: 1, denyGold: 2, denyPred: 4 };
    const m = metricsOf(c);
    expect(m['speaker.acc']).toBe(0.5);
    expect(m['type.acc']).toBe(1);
    expect(m['strength.acc']).toBeCloseTo(1 / 3, 12);
    expect(m['stance.acc']).toBeCloseTo(2 / 3, 12);
    expect(m['e2e.P']).toBe(3 / 8);
    expect(m['e2e.R']).toBe(3 / 10);
    expect(m['deny.P']).toBe(0.25);
    expect(m['deny.R']).toBe(0.5);
    expect(m['deny.F1']).toBeCloseTo(1 / 3, 12);
    expect(fractionOf('strength.acc', c)).toEqual([2, 6]);
    expect(fractionOf('quote.F1', c)).toBeNull();
  });
  it('reports every metric name, the scorer’s first', () => {
    expect(Object.keys(metricsOf(zeroCounts())).sort()).toEqual([...METRIC_NAMES].sort());
    expect(SCORER_METRICS).toEqual([
      'articles', 'missing', 'quote.P', 'quote.R', 'quote.F1', 'quoted.F1', 'indirect.F1', 'e2e.F1', 'speaker.acc', 'type.acc',
      'strength.acc', 'stance.acc', 'deny.P', 'deny.R', 'deny.F1', 'contested.P', 'contested.R', 'contested.F1',
    ]);
  });
});
