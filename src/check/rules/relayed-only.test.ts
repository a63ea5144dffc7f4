import { describe, expect, it } from 'vitest';
import { at, ruleFindings } from '../../../test/support/check.js';

const RELAYED = 'Mayor quits\n\nAnna Berg told the Daily Mail that she would resign next week.\n';
const ALSO_FIRST_HAND = 'Mayor quits\n\nAnna Berg told the Daily Mail that she would resign next week. “I am proud of what we built,” Berg said at a news conference on Monday.\n';
const FIRST_HAND = 'Mayor quits\n\nAnna Berg said at a news conference that she would resign next week.\n';

describe('relayed-only', () => {
  it('reports words the article has only through another outlet, at the words', () => {
    const found = ruleFindings('relayed-only', RELAYED);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('Anna Berg is heard only through another outlet (told the Daily Mail): “she would resign next week”');
    expect(at(RELAYED, found[0]!)).toBe('she would resign next week');
  });

  it('says nothing about first-hand attribution', () => {
    expect(ruleFindings('relayed-only', FIRST_HAND)).toEqual([]);
  });

  it('lets a speaker quoted first-hand elsewhere in the article pass, unless `allowFirstHand` is off', () => {
    expect(ruleFindings('relayed-only', ALSO_FIRST_HAND)).toEqual([]);
    expect(ruleFindings('relayed-only', ALSO_FIRST_HAND, { allowFirstHand: false }).map((f) => at(ALSO_FIRST_HAND, f))).toEqual(['she would resign next week']);
  });

  it('takes words told to one of `ownOutlets` as first-hand, and the quotes attributed from them', () => {
    const raw = 'Mayor quits\n\nAnna Berg told the Daily Mail that she would resign next week. “I am tired,” she said.\n\n“It was time.”\n';
    expect(ruleFindings('relayed-only', raw).map((f) => at(raw, f))).toEqual(['she would resign next week', 'I am tired,', 'It was time.']);
    expect(ruleFindings('relayed-only', raw, { ownOutlets: ['The Daily Mail'] })).toEqual([]);
    expect(ruleFindings('relayed-only', raw, { ownOutlets: ['Mail on Sunday'] })).toHaveLength(3);
  });

  it('names an anonymous source by its type and mention', () => {
    const raw = 'Plant to close\n\nOfficials told the Daily Mail that the factory would close next year.\n';
    expect(ruleFindings('relayed-only', raw).map((f) => f.message)).toEqual([
      'anonymous source “Officials” is heard only through another outlet (told the Daily Mail): “the factory would close next year”',
    ]);
  });
});
