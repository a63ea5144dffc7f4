// One-to-one greedy matching of gold quotes to predicted quotes by text overlap, as the
// independent scorer does it: every pair at or above the threshold is a candidate, the
// candidates are taken best overlap first (ties in gold-then-prediction order), and a quote
// on either side is used at most once.
import { overlap } from './tokens.js';

/** The smallest token overlap that counts as finding the same quote. */
export const MATCH_THRESHOLD = 0.5;

export interface Pair {
  /** index into the gold list */
  gold: number;
  /** index into the predicted list */
  pred: number;
  overlap: number;
}

export interface Matching {
  pairs: Pair[];
  /** gold indices left unmatched, ascending */
  unmatchedGold: number[];
  /** predicted indices left unmatched, ascending */
  unmatchedPred: number[];
}

export function matchQuotes(golds: readonly { text: unknown }[], preds: readonly { text: unknown }[]): Matching {
  const cand: Pair[] = [];
  golds.forEach((g, i) => {
    preds.forEach((p, j) => {
      const o = overlap(g.text, p.text);
      if (o >= MATCH_THRESHOLD) cand.push({ gold: i, pred: j, overlap: o });
    });
  });
  // Array.prototype.sort is stable: equal overlaps keep gold-then-prediction order.
  cand.sort((x, y) => y.overlap - x.overlap);
  const gi = new Set<number>();
  const pj = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of cand) {
    if (gi.has(c.gold) || pj.has(c.pred)) continue;
    gi.add(c.gold);
    pj.add(c.pred);
    pairs.push(c);
  }
  return {
    pairs,
    unmatchedGold: golds.map((_, i) => i).filter((i) => !gi.has(i)),
    unmatchedPred: preds.map((_, j) => j).filter((j) => !pj.has(j)),
  };
}
