import { describe, expect, it } from 'vitest';
import type { Report, ReportArticle, ReportQuote } from '../model/types.js';
import { analyze } from '../pipeline.js';
import { buildReport, toReportArticle } from './build.js';
import { namesSame, speakersByExactName } from './speakers.js';

const A = `Officials dispute water report

"The pipes are safe," city engineer Laura Brandt said on Tuesday. Brandt said the tests were "clear".

The Harbor Gazette reported that the pipes had failed twice. The Gazette said the city knew.
`;
const B = `Water tests disputed again

Laura Brandt told reporters that "nothing has changed". Residents said the water smelled of rust.

"We deny any cover-up," said Tom Reyes, the mayor.
`;

describe('speakersByExactName', () => {
  const report = buildReport(
    [
      toReportArticle(analyze({ file: 'a.txt', id: 'a', raw: A })),
      toReportArticle(analyze({ file: 'b.txt', id: 'b', raw: B })),
    ],
    [],
  );
  const rows = speakersByExactName(report);

  it('gives one row per speaker name with every article that quotes them, in most articles first', () => {
    const brandt = rows.find((r) => r.name === 'Laura Brandt')!;
    expect(brandt.articles).toEqual(['a.txt', 'b.txt']);
    expect(rows[0]).toBe(brandt);
    const quoted = report.articles.flatMap((a) => a.quotes).filter((q) => q.speaker.name === 'Laura Brandt');
    expect(brandt.quotes).toBe(quoted.length);
    expect(brandt.roles).toContain('city engineer');
    expect(brandt.variants[0]).toBe('Laura Brandt');
  });

  it('counts denials and totals every attributed quote once', () => {
    const total = report.articles.flatMap((a) => a.quotes).filter((q) => q.speaker.name && q.speaker.type !== 'unknown').length;
    expect(rows.reduce((n, r) => n + r.quotes, 0)).toBe(total);
    const denials = report.articles.flatMap((a) => a.quotes).filter((q) => q.stance === 'denies' && q.speaker.name).length;
    expect(rows.reduce((n, r) => n + r.denials, 0)).toBe(denials);
  });

  it('merges names that differ only in case, and leaves out quotes without a speaker', () => {
    const q = (name: string, type: ReportQuote['speaker']['type'] = 'person'): ReportQuote => ({
      text: 'x', type: 'direct', start: 0, end: 1, speaker: { name, type, mention: name }, cue: 'said',
      strength: { label: 'strong', score: 0.9, reasons: [] }, stance: 'neutral',
    });
    const art = (file: string, quotes: ReportQuote[]): ReportArticle => ({ file, id: file, title: null, date: null, entities: [], quotes, contested: [] });
    const r: Report = buildReport([art('1', [q('The Ministry', 'organization'), q('', 'unknown')]), art('2', [q('the ministry', 'organization')])], []);
    expect(speakersByExactName(r)).toEqual([
      { name: 'The Ministry', type: 'organization', variants: ['The Ministry'], roles: [], articles: ['1', '2'], quotes: 2, denials: 0 },
    ]);
  });
});

describe('namesSame', () => {
  it('keeps surnames, short forms and initials; drops pronouns and descriptions', () => {
    expect(namesSame('Dmitry Peskov', 'Peskov')).toBe(true);
    expect(namesSame('The New York Times', 'the Times')).toBe(true);
    expect(namesSame('New York Times', 'NYT')).toBe(true);
    expect(namesSame('Dmitry Peskov', 'he')).toBe(false);
    expect(namesSame('New York Times', 'which')).toBe(false);
    expect(namesSame('New York Times', 'the newspaper')).toBe(false);
  });
});
