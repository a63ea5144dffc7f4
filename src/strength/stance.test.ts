import { describe, expect, it } from 'vitest';
import { type StanceInput, stanceOf } from './stance.js';
import { run } from '../../test/support/analyze.js';

const input = (over: Partial<StanceInput>): StanceInput => ({ text: '', type: 'direct', lemma: 'say', denialCue: false, context: '', ...over });

describe('stanceOf', () => {
  it('a denial verb as the cue denies, whatever the words', () => {
    expect(stanceOf(input({ text: 'the ministry had sold fishing rights', type: 'indirect', lemma: 'deny', denialCue: true }))).toBe('denies');
  });

  it('words that call a claim false deny', () => {
    for (const text of ['These reports are false,', 'That story is baseless.', 'It is simply not true.', 'This is fake news and propaganda.']) {
      expect(stanceOf(input({ text })), text).toBe('denies');
    }
  });

  it('a negated confirmation denies', () => {
    expect(stanceOf(input({ text: 'she had not been briefed on the sale', type: 'indirect' }))).toBe('denies');
    expect(stanceOf(input({ text: 'I was never informed of any sale.' }))).toBe('denies');
  });

  it('a denial in the words around a quoted fragment denies', () => {
    expect(stanceOf(input({ text: 'of the alleged sale', type: 'partial', context: 'said she had not been informed ' }))).toBe('denies');
    // but not for a paraphrase, whose words are all in its text
    expect(stanceOf(input({ text: 'the ferry would run', type: 'indirect', context: 'denied rumours and said ' }))).toBe('asserts');
  });

  it('questions, conditionals and requests are neutral', () => {
    expect(stanceOf(input({ text: 'Who approved the sale?' }))).toBe('neutral');
    expect(stanceOf(input({ text: 'whether the ministry had read the report', type: 'indirect', lemma: 'ask' }))).toBe('neutral');
    expect(stanceOf(input({ text: 'If the quota is cut, we will strike,' }))).toBe('neutral');
    expect(stanceOf(input({ text: 'reckless and cruel', type: 'partial', lemma: 'call' }))).toBe('neutral');
  });

  it('a plain statement asserts', () => {
    expect(stanceOf(input({ text: 'The ferry will run again on Monday,' }))).toBe('asserts');
    expect(stanceOf(input({ text: 'the talks had collapsed', type: 'indirect' }))).toBe('asserts');
  });
});

describe('stance through the pipeline', () => {
  const stances = (raw: string) => run(raw).quotes.map((q) => [q.text, q.stance]);

  it.each([
    ['rejected', 'Maria Lindqvist rejected the claim that the ministry had sold fishing rights.', 'the claim that the ministry had sold fishing rights', 'denies'],
    ['dismissed … as', 'Maria Lindqvist dismissed the report as pure speculation.', 'the report as pure speculation', 'denies'],
    ['denied', 'Maria Lindqvist denied that the ministry had sold fishing rights.', 'the ministry had sold fishing rights', 'denies'],
    ['"false"', '"These reports are false," Maria Lindqvist said.', 'These reports are false,', 'denies'],
    ['"baseless"', 'Maria Lindqvist said the report was baseless.', 'the report was baseless', 'denies'],
    ['"not true"', '"That is simply not true," Maria Lindqvist told reporters.', 'That is simply not true,', 'denies'],
    ['had not been briefed', 'Maria Lindqvist said she had not been briefed on the sale.', 'she had not been briefed on the sale', 'denies'],
    ['a plain factual statement', 'Maria Lindqvist said the ferry service would resume on Monday.', 'the ferry service would resume on Monday', 'asserts'],
    ['a direct factual statement', '"The ferry will run again on Monday," Maria Lindqvist said.', 'The ferry will run again on Monday,', 'asserts'],
    ['a question', '"Who approved the sale?" Tomas Berglund asked.', 'Who approved the sale?', 'neutral'],
    ['an indirect question', 'Tomas Berglund asked whether the ministry had read the report.', 'whether the ministry had read the report', 'neutral'],
  ])('%s', (_what, raw, text, stance) => {
    expect(stances(raw)).toEqual([[text, stance]]);
  });
});
