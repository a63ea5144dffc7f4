import { describe, expect, it } from 'vitest';
import { evaluate, evaluateArticle } from './evaluate.js';
import { GOLD, PRED, TEXT } from '../../test/fixtures/eval-sample.js';
import type { GoldFile } from './gold.js';

const textOf = (id: string) => (id === 'a' ? TEXT : null);

describe('evaluateArticle on a hand-made article', () => {
  const r = evaluateArticle(GOLD, PRED, { textOf });

  it('counts matches, speakers, labels, subsets, denials and claims', () => {
    expect(r.counts).toEqual({
      articles: 1, missing: 0, gold: 3, pred: 3, tp: 2, spOk: 1,
      qgold: 1, qpred: 2, qtp: 1, igold: 2, ipred: 1, itp: 1,
      typeOk: 2, strOk: 1, stOk: 2, denyTp: 1, denyGold: 1, denyPred: 2,
      cgold: 1, cpred: 2, ctp: 1,
    });
  });

  it('turns them into the metrics', () => {
    const m = r.metrics;
    expect(m['quote.P']).toBeCloseTo(2 / 3, 12);
    expect(m['quote.R']).toBeCloseTo(2 / 3, 12);
    expect(m['quote.F1']).toBeCloseTo(2 / 3, 12);
    expect(m['e2e.F1']).toBeCloseTo(1 / 3, 12);
    expect(m['quoted.P']).toBe(0.5);
    expect(m['quoted.R']).toBe(1);
    expect(m['indirect.R']).toBe(0.5);
    expect(m['speaker.acc']).toBe(0.5);
    expect(m['strength.acc']).toBe(0.5);
    expect(m['type.acc']).toBe(1);
    expect(m['stance.acc']).toBe(1);
    expect(m['deny.P']).toBe(0.5);
    expect(m['deny.R']).toBe(1);
    expect(m['contested.P']).toBe(0.5);
    expect(m['contested.R']).toBe(1);
  });

  it('lists each error with the sentence that holds it', () => {
    expect(r.errors).toEqual([
      { article: 'a', kind: 'miss', text: 'the payments were approved in March', type: 'indirect', speaker: 'officials', sentence: 'Officials said the payments were approved in March.' },
      { article: 'a', kind: 'false-alarm', text: 'Peskov denied it', type: 'direct', speaker: 'Peskov', sentence: 'Peskov denied it.' },
      {
        article: 'a', kind: 'wrong-speaker', text: 'Russia paid bounties to militants', gold: 'The New York Times', predicted: 'Russia',
        predictedText: 'Russia paid bounties', sentence: 'The Times reported that Russia paid bounties to militants.',
      },
      {
        article: 'a', kind: 'wrong-strength', text: 'Russia paid bounties to militants', gold: 'weak', predicted: 'moderate',
        predictedText: 'Russia paid bounties', sentence: 'The Times reported that Russia paid bounties to militants.',
      },
      { article: 'a', kind: 'contested-false-alarm', text: 'something else', disputedBy: ['Zakharova'], sentence: null },
    ]);
  });

  it('restricts to one quote type with `only`', () => {
    const d = evaluateArticle(GOLD, PRED, { only: 'direct' });
    expect([d.counts.gold, d.counts.pred, d.counts.tp, d.counts.igold]).toEqual([1, 2, 1, 0]);
  });
});

describe('evaluate over several articles', () => {
  const other: GoldFile = { path: 'gold/b.gold.json', id: 'b', gold: { article: 'b.txt', quotes: [GOLD.gold.quotes[0]!], contested: [] } };
  const r = evaluate([GOLD, other], new Map([['a', PRED]]), { textOf });

  it('counts a gold article with no prediction as missing, its quotes as misses', () => {
    expect(r.metrics.articles).toBe(2);
    expect(r.metrics.missing).toBe(1);
    expect(r.articles.map((a) => a.predicted)).toEqual([true, false]);
    expect(r.counts.gold).toBe(4);
    expect(r.metrics['quote.R']).toBe(0.5);
    expect(r.errors.filter((e) => e.article === 'b')).toEqual([
      { article: 'b', kind: 'miss', text: 'These claims are false,', type: 'direct', speaker: 'Dmitry Peskov', sentence: null },
    ]);
  });

  it('micro-averages: totals come from summed counts', () => {
    expect(r.metrics['quote.P']).toBeCloseTo(2 / 3, 12);
    expect(r.metrics['quote.F1']).toBeCloseTo((2 * (2 / 3) * 0.5) / (2 / 3 + 0.5), 12);
    expect(r.articles[1]?.metrics['quote.F1']).toBe(0);
  });
});
