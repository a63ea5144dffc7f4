import { describe, expect, it } from 'vitest';
import { at, ruleFindings } from '../../../test/support/check.js';

// the mayor says it in quotes; the ministry's denial is only paraphrased
const ONE_SIDED = 'Dispute\n\nAnna Berg, the mayor, said the bridge was unsafe. “The bridge is unsafe and must close,” Berg said.\n\n' +
  'The transport ministry denied that the bridge was unsafe.\n';
// the ministry's denial quoted too
const BOTH = ONE_SIDED.trimEnd() + ' “These claims are false and the bridge is safe,” the ministry said in a statement.\n';
// the other way round: a newspaper's report paraphrased, the denial quoted
const DENIAL_QUOTED = 'Dispute\n\nThe newspaper reported that the bridge was unsafe. “The claim that the bridge is unsafe is false,” said Jon Lund, the transport minister.\n';

describe('one-sided-contested', () => {
  it('reports a contested claim only its asserting side is quoted on, at the claim', () => {
    const found = ruleFindings('one-sided-contested', ONE_SIDED);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('only the side asserting “the bridge was unsafe” is quoted (Anna Berg); the side disputing it (The transport ministry) is only paraphrased');
    expect(at(ONE_SIDED, found[0]!)).toBe('the bridge was unsafe');
    expect(found[0]!.start).toBe(ONE_SIDED.indexOf('the bridge was unsafe'));
  });

  it('reports a claim only the disputing side is quoted on', () => {
    const found = ruleFindings('one-sided-contested', DENIAL_QUOTED);
    expect(found.map((f) => f.message)).toEqual([
      'only the side disputing “the bridge was unsafe” is quoted (Jon Lund); the side asserting it (The newspaper) is only paraphrased',
    ]);
  });

  it('says nothing when both sides are quoted', () => {
    expect(ruleFindings('one-sided-contested', BOTH)).toEqual([]);
  });

  it('counts paraphrase as being quoted when `quotedTypes` includes indirect', () => {
    expect(ruleFindings('one-sided-contested', ONE_SIDED, { quotedTypes: ['direct', 'partial', 'indirect'] })).toEqual([]);
  });

  it('does not judge claims shorter than `minWords`', () => {
    expect(ruleFindings('one-sided-contested', ONE_SIDED, { minWords: 5 })).toEqual([]);
  });
});
