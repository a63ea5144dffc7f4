import { describe, expect, it } from 'vitest';
import { at, ruleFindings } from '../../../test/support/check.js';

const ORPHAN = 'Council approves budget\n\n“We will not back down from this plan.”\n\nThe council voted 7-2 on Tuesday.\n';
const SAID = 'Council approves budget\n\n“We will not back down from this plan,” Mayor Anna Berg said.\n\nThe council voted 7-2 on Tuesday.\n';

describe('unattributed-quote', () => {
  it('reports a quotation nobody in the article is said to have said, at the quoted words', () => {
    const found = ruleFindings('unattributed-quote', ORPHAN);
    expect(found).toHaveLength(1);
    expect(at(ORPHAN, found[0]!)).toBe('We will not back down from this plan.');
    expect(found[0]!.message).toBe('direct quote with no speaker: “We will not back down from this plan.”');
  });

  it('says nothing when the quote has a speaker', () => {
    expect(ruleFindings('unattributed-quote', SAID)).toEqual([]);
  });

  it('skips quotes shorter than `minWords`', () => {
    const raw = 'Film review\n\nThe film opens on Friday.\n\n“Unmissable.”\n\n“Go and see it.”\n';
    expect(ruleFindings('unattributed-quote', raw).map((f) => at(raw, f))).toEqual(['Go and see it.']);
    expect(ruleFindings('unattributed-quote', raw, { minWords: 1 }).map((f) => at(raw, f))).toEqual(['Unmissable.', 'Go and see it.']);
    expect(ruleFindings('unattributed-quote', raw, { minWords: 5 })).toEqual([]);
  });

  it('checks only the quote types in `types`', () => {
    expect(ruleFindings('unattributed-quote', ORPHAN, { types: ['indirect'] })).toEqual([]);
    expect(ruleFindings('unattributed-quote', ORPHAN, { types: ['direct'] })).toHaveLength(1);
  });
});
