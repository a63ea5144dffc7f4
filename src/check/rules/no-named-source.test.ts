import { describe, expect, it } from 'vitest';
import { at, ruleFindings } from '../../../test/support/check.js';

const ANONYMOUS = 'Plant to close\n\nThe factory will close next year, officials said. “It is over,” one worker said.\n';
const NAMED = 'Plant to close\n\nThe factory will close next year, officials said. “It is over,” said Jon Lund, a worker.\n';
const RELAYED = 'Mayor quits\n\nAnna Berg told the Daily Mail that she would resign next week.\n';
const NO_QUOTES = 'Plant to close\n\nThe factory on Elm Street will close next year.\n';

describe('no-named-source', () => {
  it('reports an article whose quotes all come from unnamed sources, at its headline', () => {
    const found = ruleFindings('no-named-source', ANONYMOUS);
    expect(found).toHaveLength(1);
    expect(at(ANONYMOUS, found[0]!)).toBe('Plant to close');
    expect(found[0]!.message).toMatch(/^no named source on the record: the 2 quotes come from anonymous sources/);
  });

  it('says nothing when a named person is quoted', () => {
    expect(ruleFindings('no-named-source', NAMED)).toEqual([]);
  });

  it('reports an article that quotes nobody at all', () => {
    expect(ruleFindings('no-named-source', NO_QUOTES).map((f) => f.message)).toEqual(['no named source on the record: the article quotes nobody']);
  });

  it('does not count a named speaker heard only through another outlet, unless `countRelayed`', () => {
    expect(ruleFindings('no-named-source', RELAYED)).toHaveLength(1);
    expect(ruleFindings('no-named-source', RELAYED, { countRelayed: true })).toEqual([]);
  });

  it('counts paraphrased speakers unless `countIndirect` is off', () => {
    const paraphrased = 'Plant to close\n\nMayor Anna Berg said the factory would close next year.\n';
    expect(ruleFindings('no-named-source', paraphrased)).toEqual([]);
    expect(ruleFindings('no-named-source', paraphrased, { countIndirect: false })).toHaveLength(1);
  });

  it('asks for `minSources` different named speakers', () => {
    const found = ruleFindings('no-named-source', NAMED, { minSources: 2 });
    expect(found.map((f) => f.message)).toEqual(['only 1 named source on the record (Jon Lund); at least 2 needed']);
  });
});
