import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBound, SpanIndex, upperBound } from './spans.js';

const spans = fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 30 })).map(([start, len]) => ({ start, end: start + len })), { maxLength: 25 });
const point = fc.integer({ min: -2, max: 95 });

describe('lowerBound / upperBound', () => {
  it('find the first element >= x and > x', () => {
    const xs = [1, 3, 3, 3, 7];
    expect([0, 1, 3, 4, 8].map((x) => lowerBound(xs, x))).toEqual([0, 0, 1, 4, 5]);
    expect([0, 1, 3, 4, 8].map((x) => upperBound(xs, x))).toEqual([0, 1, 4, 4, 5]);
  });
});

describe('SpanIndex answers like a scan over every span, nested and overlapping ones included', () => {
  it('contains, enclosing, overlapping, inside, startingIn, lastEndingBy', () => {
    fc.assert(
      fc.property(spans, point, point, (ss, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const idx = new SpanIndex(ss, (s) => s);
        const byStart = [...ss].sort((x, y) => x.start - y.start); // stable, as the index promises
        expect(idx.contains(a)).toBe(ss.some((s) => a >= s.start && a < s.end));
        const enc = idx.enclosing(lo, hi);
        expect(enc === undefined).toBe(!ss.some((s) => s.start <= lo && s.end >= hi));
        if (enc) expect(enc.start <= lo && enc.end >= hi).toBe(true);
        expect(idx.overlapping(lo, hi)).toEqual(byStart.filter((s) => s.start < hi && lo < s.end));
        expect(idx.inside(lo, hi)).toEqual(byStart.filter((s) => s.start >= lo && s.end <= hi));
        expect(idx.startingIn(lo, hi)).toEqual(byStart.filter((s) => s.start >= lo && s.start < hi));
        // the greatest start among spans ending by `a`; of equal starts the first
        const ending = byStart.filter((s) => s.end <= a);
        const best = ending.reduce<(typeof ss)[number] | undefined>((m, s) => (!m || s.start > m.start ? s : m), undefined);
        expect(idx.lastEndingBy(a)).toBe(best);
      }),
      { numRuns: 300 },
    );
  });
});
