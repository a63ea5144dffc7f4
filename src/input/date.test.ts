import { describe, expect, it } from 'vitest';
import { findDate } from './date.js';
import { run } from '../../test/support/analyze.js';

describe('findDate', () => {
  it.each([
    ['27 Jun 2020', '2020-06-27'],
    ['27 June 2020', '2020-06-27'],
    ['Saturday, 27 June 2020', '2020-06-27'],
    ['June 29, 2020 at 3:52 p.m. PDT', '2020-06-29'],
    ['Updated June 29, 2020 at 3:52 p.m. PDT', '2020-06-29'],
    ['Sept. 4, 2019', '2019-09-04'],
    ['Dec 1 2021', '2021-12-01'],
    ['2020-07-05', '2020-07-05'],
    ['Published: 2020-07-05', '2020-07-05'],
  ])('reads %j as %s', (line, iso) => {
    expect(findDate([line])).toBe(iso);
  });

  it('takes the first line that states a date', () => {
    expect(findDate(['Cod Quota Talks Collapse', 'By Staff Writer', '3 Mar 2021', '4 Mar 2021'])).toBe('2021-03-03');
  });

  it('ignores dates inside long sentences of the story', () => {
    expect(findDate(['The ministry said on June 29, 2020 at a press conference in Bergen that the quota would be cut by a third.'])).toBeNull();
  });

  it('ignores lines that only start like a date and impossible dates', () => {
    expect(findDate(['2020-13-01'])).toBeNull();
    expect(findDate(['32 Jun 2020'])).toBeNull();
    expect(findDate(['Maria Lindqvist said the quota stays'])).toBeNull();
    expect(findDate([])).toBeNull();
  });
});

describe('the article date through the pipeline', () => {
  it.each([
    ['Cod Quota Talks Collapse\n27 Jun 2020\n\nKarin Eklund said the talks had collapsed.', '2020-06-27'],
    ['Cod Quota Talks Collapse\nBy Staff Writer\nJune 29, 2020 at 3:52 p.m. PDT\n\nKarin Eklund said the talks had collapsed.', '2020-06-29'],
    ['Cod Quota Talks Collapse\n2020-07-05\n\nKarin Eklund said the talks had collapsed.', '2020-07-05'],
    ['date 2021-03-04\nCod Quota Talks Collapse\n\nKarin Eklund said the talks had collapsed.', '2021-03-04'],
    ['Cod Quota Talks Collapse\n\nKarin Eklund said the talks had collapsed.', null],
  ])('%j → %s', (raw, date) => {
    const a = run(raw);
    expect(a.doc.date).toBe(date);
    expect(a.doc.title).toBe('Cod Quota Talks Collapse');
    expect(a.quotes.map((q) => q.text)).toEqual(['the talks had collapsed']);
  });
});
