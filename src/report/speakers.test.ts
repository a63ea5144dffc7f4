import { describe, expect, it } from 'vitest';
import { buildBatch } from '../corpus/batch.js';
import { analyze } from '../pipeline.js';
import { buildReport, toReportArticle } from './build.js';
import { batchSpeakers } from './speakers.js';

const A = `Officials dispute water report

"The pipes are safe," city engineer Laura Brandt said on Tuesday. Brandt said the tests were "clear".

The Harbor Gazette reported that the pipes had failed twice.
`;
const B = `Water tests disputed again

"Nothing has changed," Brandt told reporters on Wednesday.

"We deny any cover-up," said Tom Reyes, the mayor.
`;

describe('batchSpeakers', () => {
  const report = buildReport(
    [
      toReportArticle(analyze({ file: 'in/a.txt', id: 'a', raw: A })),
      toReportArticle(analyze({ file: 'in/b.txt', id: 'b', raw: B })),
    ],
    [],
  );
  const rows = batchSpeakers(report);

  it('is the batch clustering, row for row, with articles named by their file', () => {
    const batch = buildBatch(report.articles).speakers;
    expect(rows.map((r) => r.name)).toEqual(batch.map((r) => r.name));
    rows.forEach((r, i) => {
      const b = batch[i]!;
      expect(r.quotes).toBe(b.quotes.total);
      expect(r.denials).toBe(b.stance.denies);
      expect(r.variants).toEqual(b.variants);
      expect(r.articles).toEqual(b.articles.map((k) => `in/${k}`));
    });
  });

  it('merges a surname in one article with the full name in another', () => {
    const brandt = rows.find((r) => r.name === 'Laura Brandt')!;
    expect(brandt.articles).toEqual(['in/a.txt', 'in/b.txt']);
    expect(brandt.variants).toEqual(expect.arrayContaining(['Laura Brandt', 'Brandt']));
    expect(brandt.roles).toContain('city engineer');
    const quoted = report.articles.flatMap((a) => a.quotes).filter((q) => /Brandt/.test(q.speaker.name));
    expect(brandt.quotes).toBe(quoted.length);
  });

  it('counts denials', () => {
    expect(rows.find((r) => r.name === 'Tom Reyes')?.denials).toBe(1);
  });
});
