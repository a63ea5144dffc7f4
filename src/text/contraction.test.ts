import { describe, expect, it } from 'vitest';
import { withoutContraction } from './contraction.js';

describe('withoutContraction', () => {
  it('drops the contracted verb of a pronoun, curly or straight', () => {
    expect(['He’s', "they've", "I'd", 'We’ll', "you're", "I'm"].map(withoutContraction)).toEqual(['he', 'they', 'i', 'we', 'you', 'i']);
  });
  it('leaves other words as they are, lower-cased', () => {
    expect(['Peskov', 'says', 'its'].map(withoutContraction)).toEqual(['peskov', 'says', 'its']);
  });
});
