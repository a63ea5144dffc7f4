import { describe, expect, it } from 'vitest';
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { canonicalStem } from './synonyms.js';

const key = (w: string) => canonicalStem(porter.stem(w));

describe('canonicalStem', () => {
  it('puts words news uses for one idea under one key, in every inflection', () => {
    expect(new Set(['briefed', 'informed', 'notified', 'apprised'].map(key)).size).toBe(1);
    expect(new Set(['bounties', 'bounty', 'rewards', 'payments', 'cash', 'money'].map(key)).size).toBe(1);
    expect(new Set(['militants', 'fighters', 'insurgents'].map(key)).size).toBe(1);
    expect(new Set(['troops', 'soldiers'].map(key)).size).toBe(1);
  });

  it('leaves other words alone and keeps unrelated groups apart', () => {
    expect(key('harbour')).toBe(porter.stem('harbour'));
    expect(key('troops')).not.toBe(key('fighters'));
    expect(key('briefed')).not.toBe(key('bounty'));
  });
});
