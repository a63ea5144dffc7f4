import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import { GOLD, PRED, TEXT } from '../../test/fixtures/eval-sample.js';
import { formatFloorFailures, formatJson, formatText } from './format.js';
import { failedFloors, parseFloor } from './gate.js';

const r = evaluate([GOLD, { ...GOLD, id: 'b', path: 'gold/b.gold.json' }], new Map([['a', PRED]]), { textOf: () => TEXT });

describe('text format', () => {
  const out = formatText(r, false);
  it('has a row per article, marks one without prediction, and a micro total', () => {
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^article\s+gold\s+pred\s+match\s+spk\.ok\s+quote\.P\s+quote\.R\s+quote\.F1\s+e2e\.F1\s+contested$/);
    expect(lines[1]).toMatch(/^a\s+3\s+3\s+2\s+1\s+0\.667\s+0\.667\s+0\.667\s+0\.333\s+1\/1 \(pred 2\)$/);
    expect(lines[2]).toMatch(/^b \*\s+3\s+0\s+0\s+0\s+0\.000/);
    expect(out).toMatch(/^all \(micro\)\s+6\s+3\s+2\s+1\s+0\.667\s+0\.333\s+0\.444\s+0\.222/m);
    expect(out).toContain('* no prediction for this article');
  });
  it('lists the metrics by name with their counts', () => {
    expect(out).toMatch(/^quote\s+0\.667 \(2\/3\)\s+0\.333 \(2\/6\)\s+0\.444/m);
    expect(out).toMatch(/^speaker\.acc\s+0\.500 \(1\/2 matched quotes\)$/m);
    expect(out).not.toContain('errors:');
  });
  it('adds the error list on request', () => {
    const withErrors = formatText(r, true);
    expect(withErrors).toContain('errors: 9');
    expect(withErrors).toMatch(/wrong speaker\s+“Russia paid bounties to militants” — gold The New York Times, predicted Russia/);
    expect(withErrors).toMatch(/in: Officials said the payments were approved in March\./);
  });
});

describe('json format', () => {
  it('has metrics, counts, per-article figures, and errors only on request', () => {
    const doc = JSON.parse(formatJson(r, false));
    expect(Object.keys(doc)).toEqual(['metrics', 'counts', 'articles']);
    expect(doc.metrics['quote.R']).toBeCloseTo(1 / 3, 12);
    expect(doc.articles.map((a: { id: string; predicted: boolean }) => [a.id, a.predicted])).toEqual([['a', true], ['b', false]]);
    expect(JSON.parse(formatJson(r, true)).errors).toHaveLength(9);
  });
});

describe('floor failures', () => {
  it('says which metric is below which floor', () => {
    expect(formatFloorFailures(failedFloors(r.metrics, [parseFloor('quote.F1=0.5'), parseFloor('quote.P=0.5')]))).toBe(
      'claims eval: quote.F1=0.444 is below --min quote.F1=0.5\n',
    );
  });
});
