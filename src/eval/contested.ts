// Matching predicted contested claims to gold ones. Claims are stated in free words, so they
// are paired by who disputes them: a predicted claim matches a gold claim when one of its
// disputers names one of the gold claim's disputers (as a person or as an organization).
// Gold claims are taken in order, each with the first unused predicted claim that fits, as
// the independent scorer does.
import type { GoldClaim } from './gold.js';
import type { PredClaim } from './predictions.js';
import { sameSpeaker } from './speaker.js';

export interface ClaimMatching {
  pairs: { gold: number; pred: number }[];
  unmatchedGold: number[];
  unmatchedPred: number[];
}

/** true when the predicted disputer name stands for the gold disputer name */
export function sameDisputer(pred: string, gold: string): boolean {
  return sameSpeaker(pred, { speaker: gold, speakerType: 'organization' }) || sameSpeaker(pred, { speaker: gold, speakerType: 'person' });
}

export function matchClaims(golds: readonly GoldClaim[], preds: readonly PredClaim[]): ClaimMatching {
  const used = new Set<number>();
  const pairs: { gold: number; pred: number }[] = [];
  golds.forEach((g, i) => {
    const j = preds.findIndex((p, k) => !used.has(k) && p.disputedBy.some((d) => g.disputedBy.some((gd) => sameDisputer(d, gd))));
    if (j >= 0) {
      used.add(j);
      pairs.push({ gold: i, pred: j });
    }
  });
  const gi = new Set(pairs.map((p) => p.gold));
  return {
    pairs,
    unmatchedGold: golds.map((_, i) => i).filter((i) => !gi.has(i)),
    unmatchedPred: preds.map((_, j) => j).filter((j) => !used.has(j)),
  };
}
