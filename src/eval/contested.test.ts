import { describe, expect, it } from 'vitest';
import { matchClaims, sameDisputer } from './contested.js';

const gold = (disputedBy: string[]) => ({ claim: 'g', evidence: 'e', assertedBy: ['A'], disputedBy });
const pred = (disputedBy: string[]) => ({ claim: 'p', disputedBy });

describe('contested claims', () => {
  it('a disputer matches as a person (surname) or as an organization (containment)', () => {
    expect(sameDisputer('Peskov', 'Dmitry Peskov')).toBe(true);
    expect(sameDisputer('Russian Embassy in Washington', 'Russian Embassy')).toBe(true);
    expect(sameDisputer('Zakharova', 'Dmitry Peskov')).toBe(false);
  });
  it('pairs each gold claim with the first unused predicted claim that shares a disputer', () => {
    const m = matchClaims([gold(['Peskov']), gold(['Russian Embassy']), gold(['Taliban'])], [
      pred(['Dmitry Peskov']), pred(['Dmitry Peskov', 'the Russian Embassy']), pred(['Trump']),
    ]);
    expect(m.pairs).toEqual([{ gold: 0, pred: 0 }, { gold: 1, pred: 1 }]);
    expect(m.unmatchedGold).toEqual([2]);
    expect(m.unmatchedPred).toEqual([2]);
  });
  it('uses a predicted claim once', () => {
    const m = matchClaims([gold(['Peskov']), gold(['Peskov'])], [pred(['Peskov'])]);
    expect(m.pairs).toHaveLength(1);
    expect(m.unmatchedGold).toEqual([1]);
  });
});
