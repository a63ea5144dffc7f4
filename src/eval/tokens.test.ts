import { describe, expect, it } from 'vitest';
import { norm, overlap, tokens } from './tokens.js';

describe('norm / tokens', () => {
  it('lower-cases, strips accents, possessives and punctuation', () => {
    expect(norm('Peskov’s “claims” are FALSE, déjà-vu!')).toBe('peskov claims are false deja vu');
    expect(tokens("Russia's U.S. policy")).toEqual(['russia', 'u', 's', 'policy']);
  });
  it('treats null and undefined as empty', () => {
    expect(tokens(undefined)).toEqual([]);
    expect(norm(null)).toBe('');
  });
});

describe('overlap', () => {
  it('is shared tokens over the longer side', () => {
    expect(overlap('a b c d', 'a b')).toBe(0.5);
    expect(overlap('a b', 'a b c d')).toBe(0.5);
    expect(overlap('these claims are false', 'These claims are false,')).toBe(1);
  });
  it('counts repeated tokens at most as often as both sides have them', () => {
    expect(overlap('no no no', 'no')).toBeCloseTo(1 / 3, 12);
    expect(overlap('no no', 'no no yes')).toBeCloseTo(2 / 3, 12);
  });
  it('is 0 when a side has no words', () => {
    expect(overlap('', 'a')).toBe(0);
    expect(overlap('“…”', 'a')).toBe(0);
  });
});
