import { describe, expect, it } from 'vitest';
import { FloorSpecError, failedFloors, parseFloor } from './gate.js';
import { metricsOf, zeroCounts } from './metrics.js';

describe('--min floors', () => {
  it('parses metric=value', () => {
    expect(parseFloor('quote.F1=0.6')).toEqual({ metric: 'quote.F1', min: 0.6 });
    expect(parseFloor('e2e.P=.5')).toEqual({ metric: 'e2e.P', min: 0.5 });
  });
  it('refuses unknown metrics, missing values and non-numbers', () => {
    expect(() => parseFloor('quote.f1=0.6')).toThrow(FloorSpecError);
    expect(() => parseFloor('quote.F1')).toThrow(/expected metric=value/);
    expect(() => parseFloor('quote.F1=')).toThrow(/not a number/);
    expect(() => parseFloor('quote.F1=high')).toThrow(/not a number/);
  });
  it('fails only the metrics below their floor (equal passes)', () => {
    const m = metricsOf({ ...zeroCounts(), gold: 4, pred: 4, tp: 2, spOk: 1 });
    const failed = failedFloors(m, [parseFloor('quote.P=0.5'), parseFloor('e2e.F1=0.3'), parseFloor('quote.R=0.51')]);
    expect(failed).toEqual([
      { metric: 'e2e.F1', min: 0.3, value: 0.25 },
      { metric: 'quote.R', min: 0.51, value: 0.5 },
    ]);
  });
});
