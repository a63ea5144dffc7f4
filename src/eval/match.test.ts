import { describe, expect, it } from 'vitest';
import { matchQuotes } from './match.js';

const q = (text: string) => ({ text });

describe('matchQuotes', () => {
  it('pairs at overlap >= 0.5 and leaves the rest unmatched', () => {
    const m = matchQuotes([q('a b c d'), q('x y z')], [q('a b'), q('x q r s')]);
    // 'a b' vs 'a b c d' = 0.5 (counts); 'x q r s' vs 'x y z' = 1/4 (does not)
    expect(m.pairs).toEqual([{ gold: 0, pred: 0, overlap: 0.5 }]);
    expect(m.unmatchedGold).toEqual([1]);
    expect(m.unmatchedPred).toEqual([1]);
  });
  it('is one-to-one, best overlap first', () => {
    // both predictions overlap gold 0; the exact one wins it, the other is left over
    const m = matchQuotes([q('the claims are false')], [q('the claims are false and more'), q('the claims are false')]);
    expect(m.pairs.map((p) => [p.gold, p.pred])).toEqual([[0, 1]]);
    expect(m.unmatchedPred).toEqual([0]);
  });
  it('is greedy, not an optimal assignment (as the scorer)', () => {
    const g0 = q('a b c d e f g h i j');
    const g1 = q('a b c d e f g h m n');
    const p0 = q('a b c d e f g h i k'); // g0: 0.9, g1: 0.8
    const p1 = q('e f g h i j s t u v'); // g0: 0.6, g1: 0.4
    const m = matchQuotes([g0, g1], [p0, p1]);
    // g0 takes p0 first; g1 then has no partner left, although g0-p1 + g1-p0 would pair both
    expect(m.pairs.map((p) => [p.gold, p.pred])).toEqual([[0, 0]]);
    expect(m.unmatchedGold).toEqual([1]);
    expect(m.unmatchedPred).toEqual([1]);
  });
  it('breaks ties in gold order, then prediction order', () => {
    const m = matchQuotes([q('a b'), q('a b')], [q('a b'), q('a b')]);
    expect(m.pairs.map((p) => [p.gold, p.pred])).toEqual([[0, 0], [1, 1]]);
  });
});
