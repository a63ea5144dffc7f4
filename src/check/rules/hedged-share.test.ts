import { describe, expect, it } from 'vitest';
import { at, ruleFindings } from '../../../test/support/check.js';

const HEDGED = 'Bribes\n\nThe company reportedly paid bribes to officials, investigators said. Executives allegedly hid the payments, prosecutors said. ' +
  'The money is believed to have gone abroad, the source said. Mayor Anna Berg said the town would review its contracts.\n';
// one hedged claim of four: 25%, the default limit
const ONE_HEDGED = 'Bribes\n\nThe company paid bribes to officials, investigators said. Executives hid the payments, prosecutors said. ' +
  'The money is believed to have gone abroad, the source said. Mayor Anna Berg said the town would review its contracts.\n';

describe('hedged-share', () => {
  it('reports an article where more than a quarter of the claims are hedged, at the first hedged one', () => {
    const found = ruleFindings('hedged-share', HEDGED);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('3 of 4 claims (75%) are hedged (reportedly, allegedly, is believed to …); the limit is 25%');
    expect(at(HEDGED, found[0]!)).toBe('The company reportedly paid bribes to officials');
  });

  it('allows a share up to the limit', () => {
    expect(ruleFindings('hedged-share', ONE_HEDGED)).toEqual([]);
  });

  it('uses the `max` and `minQuotes` options', () => {
    expect(ruleFindings('hedged-share', ONE_HEDGED, { max: 0.2 })).toHaveLength(1);
    expect(ruleFindings('hedged-share', HEDGED, { max: 0.75 })).toEqual([]);
    expect(ruleFindings('hedged-share', HEDGED, { minQuotes: 5 })).toEqual([]);
  });
});
