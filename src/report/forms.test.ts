import { describe, expect, it } from 'vitest';
import { analyze, buildDoc } from '../pipeline.js';
import { toReportArticle } from './build.js';
import { formsOf } from './forms.js';

function forms(raw: string, name: string): string[] {
  const doc = buildDoc({ file: 't.txt', id: 't', raw });
  const e = doc.entities.find((x) => x.name === name);
  expect(e, `no entity ${name} in ${JSON.stringify(doc.entities.map((x) => x.name))}`).toBeDefined();
  return formsOf(doc, e!);
}

describe('entity forms: how the article writes a name', () => {
  it('keeps a title before a person and the dot of Jr.', () => {
    const f = forms('Gen. Harald Voss Jr. visited Bergen on Monday. On Tuesday, Voss said the plan was sound.', 'Harald Voss Jr');
    expect(f).toEqual(expect.arrayContaining(['Harald Voss Jr', 'Harald Voss Jr.', 'Gen. Harald Voss Jr.', 'Voss']));
  });

  it('adds `of <place>` after a person when the place is named', () => {
    const f = forms('A spokesman for President Anna Holm of Norway said the talks would go on.', 'Anna Holm');
    expect(f).toEqual(expect.arrayContaining(['Anna Holm', 'President Anna Holm of Norway']));
  });

  it('keeps `the`, a bracketed acronym and `in <place>` around a body', () => {
    const f = forms('The plan was reported by the Daily Courier Gazette (DCG) on Friday. The DCG said it had seen the files.', 'Daily Courier Gazette');
    expect(f).toEqual(expect.arrayContaining(['Daily Courier Gazette', 'the Daily Courier Gazette (DCG)', 'DCG', 'The DCG']));
    const e = forms('The Norwegian Embassy in Lima, PE, said on Friday that the report was wrong.', 'Norwegian Embassy');
    expect(e).toEqual(expect.arrayContaining(['Norwegian Embassy', 'The Norwegian Embassy', 'Norwegian Embassy in Lima, PE']));
  });

  it('does not take a sentence word for a title', () => {
    const f = forms('On Monday Harald Voss said the plan was sound.', 'Harald Voss');
    expect(f).toEqual(['Harald Voss']);
  });
});

describe('report: the sentence holding each quote', () => {
  it('is the whole sentence, whitespace collapsed, and contains the quote', () => {
    const raw = 'The report was wrong.\n\n“These claims are false,” Voss told  reporters on Monday.';
    const a = toReportArticle(analyze({ file: 't.txt', id: 't', raw }));
    const q = a.quotes.find((x) => x.text.startsWith('These claims'));
    expect(q?.sentence).toBe('“These claims are false,” Voss told reporters on Monday.');
  });
});
