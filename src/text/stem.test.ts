import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { describe, expect, it } from 'vitest';
import { stem } from './stem.js';

describe('stem', () => {
  it('is the Porter stem of the lower-cased word, the same on every call', () => {
    for (const w of ['Denied', 'denies', 'denying', 'reported', 'Reports', 'allegations', 'said']) {
      expect(stem(w)).toBe(porter.stem(w.toLowerCase()));
      expect(stem(w)).toBe(stem(w));
    }
    expect(stem('Denied')).toBe(stem('denies'));
  });

  it('keeps answering correctly after its memory starts afresh', () => {
    for (let i = 0; i < 50_010; i++) stem(`word${i}s`);
    expect(stem('warnings')).toBe(porter.stem('warnings'));
  });
});
