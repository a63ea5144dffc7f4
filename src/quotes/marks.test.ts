import { describe, expect, it } from 'vitest';
import { normalize } from '../input/normalize.js';
import { findQuoted } from './marks.js';
import { brief, run } from '../../test/support/analyze.js';

/** The quoted spans of a text: inner words, the span with its marks, and the flags. */
function quoted(raw: string) {
  const n = normalize(raw);
  return findQuoted(n.text, n.paragraphs).map((q) => ({
    inner: raw.slice(q.start, q.end),
    outer: raw.slice(q.outer.start, q.outer.end),
    paragraph: q.paragraph,
    runsOn: q.runsOn,
    continues: q.continues,
    single: q.single,
  }));
}

const plain = { runsOn: false, continues: false, single: false };

describe('findQuoted', () => {
  it('pairs curly double quotes', () => {
    expect(quoted('\u201cWe will rebuild the pier,\u201d said Ingrid Solberg.')).toEqual([
      { inner: 'We will rebuild the pier,', outer: '\u201cWe will rebuild the pier,\u201d', paragraph: 0, ...plain },
    ]);
  });

  it('pairs straight double quotes', () => {
    expect(quoted('"The money is already there," Solberg said. "Work starts in May."').map((q) => q.inner)).toEqual([
      'The money is already there,', 'Work starts in May.',
    ]);
  });

  it('pairs marks by position when a closing mark is typed as an opening one', () => {
    expect(quoted('\u201cWe will not sign the treaty,\u201c Anna Berg said. \u201cThe text is unacceptable.\u201c').map((q) => q.inner)).toEqual([
      'We will not sign the treaty,', 'The text is unacceptable.',
    ]);
    expect(quoted('\u201cWe lost,\u201d she said. \u201dIt hurts.\u201d').map((q) => q.inner)).toEqual(['We lost,', 'It hurts.']);
  });

  it('runs a quotation over paragraphs that each open with a mark', () => {
    const raw = '"We began in January with very different positions. Nobody expected a deal.\n\n"But we found common ground on the quotas," Karin Eklund said.';
    expect(quoted(raw)).toEqual([
      { inner: 'We began in January with very different positions. Nobody expected a deal.', outer: '"We began in January with very different positions. Nobody expected a deal.', paragraph: 0, runsOn: true, continues: false, single: false },
      { inner: 'But we found common ground on the quotas,', outer: '"But we found common ground on the quotas,"', paragraph: 1, runsOn: false, continues: true, single: false },
    ]);
  });

  it('keeps single quotes nested in double quotes inside the quote', () => {
    expect(quoted('The office said: "She told me \'we will not back down\' before the vote."')).toEqual([
      { inner: "She told me 'we will not back down' before the vote.", outer: "\"She told me 'we will not back down' before the vote.\"", paragraph: 0, ...plain },
    ]);
  });

  it('takes single quotes outside double ones as quotation marks', () => {
    expect(quoted("The mayor called it a \u2018disaster for the town\u2019 on Friday.")).toEqual([
      { inner: 'disaster for the town', outer: '\u2018disaster for the town\u2019', paragraph: 0, runsOn: false, continues: false, single: true },
    ]);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(quoted("The officials' decision was final, and they don't regret it.")).toEqual([]);
    expect(quoted("The skippers' union rejected the minister's offer.")).toEqual([]);
  });

  it('drops a stray mark with nothing after it', () => {
    expect(quoted('The minister said "no." "').map((q) => q.inner)).toEqual(['no.']);
  });

  it('finds nothing in a paragraph without marks, or in a doubled paragraph', () => {
    expect(quoted('The harbour reopened on Monday.')).toEqual([]);
    const dup = quoted('"The quota stays," Lindqvist says\n\n"The quota stays," Lindqvist says\n\nMore text.');
    expect(dup.map((q) => [q.inner, q.paragraph])).toEqual([['The quota stays,', 0]]);
  });
});

describe('quotation marks through the pipeline', () => {
  it('reads curly and straight quotes alike', () => {
    const curly = run('\u201cWe will rebuild the pier,\u201d said Ingrid Solberg, the mayor of Tromsø.').quotes.map(brief);
    const straight = run('"We will rebuild the pier," said Ingrid Solberg, the mayor of Tromsø.').quotes.map(brief);
    expect(curly).toEqual([{ text: 'We will rebuild the pier,', type: 'direct', speaker: 'Ingrid Solberg', speakerType: 'person', cue: 'said', strength: 'strong', stance: 'asserts' }]);
    expect(straight).toEqual(curly);
  });

  it('attributes a quote whose closing mark was typed as an opening one', () => {
    const a = run('\u201cWe will not sign the treaty in its current form,\u201c Anna Berg said on Thursday.');
    expect(a.quotes.map(brief)).toEqual([
      { text: 'We will not sign the treaty in its current form,', type: 'direct', speaker: 'Anna Berg', speakerType: 'person', cue: 'said', strength: 'strong', stance: 'asserts' },
    ]);
  });

  it('keeps nested single quotes in a direct quote', () => {
    const a = run('Karin Eklund said in a statement: "The minister told me \'we will not back down\' before the vote."');
    expect(a.quotes.map(brief)).toEqual([
      { text: "The minister told me 'we will not back down' before the vote.", type: 'direct', speaker: 'Karin Eklund', speakerType: 'person', cue: 'said', strength: 'strong', stance: 'asserts' },
    ]);
  });
});
