import { describe, expect, it } from 'vitest';
import { at, ruleFindings } from '../../../test/support/check.js';

// three of four quotes from unnamed sources
const MOSTLY_ANONYMOUS = 'Plant to close\n\nThe factory will close next year, officials said. A union source said 300 jobs would go. ' +
  '“It is over,” one worker said. Mayor Anna Berg said the town would help the workers.\n';
// two of four: exactly the default limit of 50%
const HALF = 'Plant to close\n\nThe factory will close next year, officials said. Jon Lund, the union leader, said 300 jobs would go. ' +
  '“It is over,” one worker said. Mayor Anna Berg said the town would help the workers.\n';

describe('anonymous-share', () => {
  it('reports an article where more than half the quotes come from anonymous sources, at the first of them', () => {
    const found = ruleFindings('anonymous-share', MOSTLY_ANONYMOUS);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('3 of 4 quotes (75%) come from anonymous sources; the limit is 50%');
    expect(at(MOSTLY_ANONYMOUS, found[0]!)).toBe('The factory will close next year');
  });

  it('allows a share equal to the limit', () => {
    expect(ruleFindings('anonymous-share', HALF)).toEqual([]);
  });

  it('uses the `max` option', () => {
    expect(ruleFindings('anonymous-share', HALF, { max: 0.4 })).toHaveLength(1);
    expect(ruleFindings('anonymous-share', MOSTLY_ANONYMOUS, { max: 0.8 })).toEqual([]);
  });

  it('does not judge articles with fewer than `minQuotes` quotes', () => {
    expect(ruleFindings('anonymous-share', MOSTLY_ANONYMOUS, { minQuotes: 5 })).toEqual([]);
  });
});
