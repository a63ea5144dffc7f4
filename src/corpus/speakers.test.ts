// The batch speaker view on short articles written for these tests, through the whole pipeline:
// each merge has to happen for the stated reason, and people the text tells apart stay apart.
import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';
import { toReportArticle } from '../report/build.js';
import { batchArticles } from './batch.js';
import { clusterSpeakers, type SpeakerRow } from './speakers.js';

function speakersOf(texts: Record<string, string>): SpeakerRow[] {
  const reports = Object.entries(texts).map(([file, raw]) => toReportArticle(analyze({ file, id: file.replace(/\.txt$/, ''), raw })));
  return clusterSpeakers(batchArticles(reports)).speakers;
}
const rowWith = (rows: SpeakerRow[], variant: string) => rows.filter((r) => r.variants.some((v) => v.toLowerCase() === variant.toLowerCase()));

describe('speakers across articles', () => {
  it('merges a bare surname into the one person who has it, saying so', () => {
    const rows = speakersOf({
      'a.txt': 'Fisheries Minister Olav Strand said on Monday that the quota would stay.',
      'b.txt': '"The quota is fair," Strand told reporters in Bergen.',
    });
    const [row] = rowWith(rows, 'Strand');
    expect(row?.name).toBe('Olav Strand');
    expect(row?.articles).toEqual(['a.txt', 'b.txt']);
    expect(row?.merges).toEqual([expect.objectContaining({ variant: 'Strand', article: 'b.txt', evidence: ['shared surname Strand'] })]);
  });

  it('keeps two Smiths with different first names apart, and a bare Smith with neither', () => {
    const rows = speakersOf({
      'a.txt': 'Senator John Smith said on Monday that the bill was sound.',
      'b.txt': 'Professor Jane Smith said on Tuesday that the bill was flawed.',
      'c.txt': '"The bill is a mistake," Smith said.',
    });
    const john = rowWith(rows, 'John Smith');
    const jane = rowWith(rows, 'Jane Smith');
    expect(john).toHaveLength(1);
    expect(jane).toHaveLength(1);
    expect(john[0]).not.toBe(jane[0]);
    expect(john[0]!.articles).toEqual(['a.txt']);
    expect(jane[0]!.articles).toEqual(['b.txt']);
    // the bare surname could be either: it stays a speaker of its own
    expect(rowWith(rows, 'Smith').map((r) => r.name)).toEqual(['Smith']);
  });

  it('lets the role pick between two people who share a surname', () => {
    const rows = speakersOf({
      'a.txt': 'Senator John Smith said on Monday that the bill was sound.',
      'b.txt': 'Professor Jane Smith said on Tuesday that the bill was flawed.',
      'c.txt': 'Smith, a senator from Ohio, said the bill would pass.',
    });
    const [john] = rowWith(rows, 'John Smith');
    expect(john?.articles).toEqual(['a.txt', 'c.txt']);
    expect(john?.merges[0]?.evidence).toEqual(['shared surname Smith', 'role agreement: senator']);
  });

  it('merges transliterations of a full name by Jaro-Winkler', () => {
    const rows = speakersOf({
      'a.txt': 'Dmitri Ivanchenko said on Monday that the plan had failed.',
      'b.txt': 'Dmitry Ivanchenko said on Tuesday that the plan would be revised.',
    });
    const row = rowWith(rows, 'Dmitri Ivanchenko');
    expect(row).toHaveLength(1);
    expect(row[0]!.variants).toEqual(expect.arrayContaining(['Dmitri Ivanchenko', 'Dmitry Ivanchenko']));
    expect(row[0]!.merges[0]!.evidence.join('; ')).toMatch(/given name Dmitr\w ~ Dmitr\w: jaro-winkler 0\.9\d/);
  });

  it('merges a given name alone only when the roles agree', () => {
    const agree = speakersOf({
      'a.txt': '"We reject the report," said Ahmadullah, a spokesman for the movement.',
      'b.txt': 'Movement spokesman Ahmadulla Karimi said the talks would go on.',
    });
    const row = rowWith(agree, 'Ahmadullah');
    expect(row).toHaveLength(1);
    expect(row[0]!.name).toBe('Ahmadulla Karimi');
    expect(row[0]!.merges[0]!.evidence.join('; ')).toMatch(/given name Ahmadullah ~ Ahmadulla: jaro-winkler .*; role agreement: spokesman/);
    const apart = speakersOf({
      'a.txt': '"We reject the report," said Ahmadullah, a farmer from the valley.',
      'b.txt': 'Movement spokesman Ahmadulla Karimi said the talks would go on.',
    });
    expect(rowWith(apart, 'Ahmadullah').map((r) => r.name)).toEqual(['Ahmadullah']);
  });

  it('merges an acronym with the body an article spells out in brackets', () => {
    const rows = speakersOf({
      'a.txt': 'The Nordic Fisheries Council (NFC) said on Monday that the quota was too high.',
      'b.txt': 'The NFC said on Tuesday that the talks would resume.',
    });
    const row = rowWith(rows, 'NFC');
    expect(row).toHaveLength(1);
    expect(row[0]!.variants.map((v) => v.toLowerCase())).toEqual(expect.arrayContaining(['nordic fisheries council', 'the nordic fisheries council (nfc)', 'nfc']));
    expect(row[0]!.merges[0]!.evidence[0]).toMatch(/^bracket: Nordic Fisheries Council \(NFC\) \(a\.txt\)$/);
  });

  it('knows a seat of government and a demonym name one government (general lists)', () => {
    const rows = speakersOf({
      'a.txt': 'The Elysee Palace said on Monday that the deal was off.',
      'b.txt': 'The French government said on Tuesday that talks would resume.',
      'c.txt': 'The Chilean government said on Tuesday that talks would resume.',
    });
    const row = rowWith(rows, 'Elysee Palace');
    expect(row).toHaveLength(1);
    expect(row[0]!.variants).toEqual(expect.arrayContaining(['Elysee Palace', 'French government']));
    expect(row[0]!.merges.flatMap((m) => m.evidence).join('; ')).toMatch(/seat of government: Elysee Palace → France|demonym: French government → France/);
    expect(rowWith(rows, 'Chilean government')[0]).not.toBe(row[0]);
  });

  it('credits a joint statement to each body', () => {
    const rows = speakersOf({
      'a.txt': 'Norway and the Fisheries Union have condemned the report.',
      'b.txt': 'The Norwegian Embassy in Lima said the report was wrong. The Norwegian Embassy in Quito said nothing.',
    });
    expect(rowWith(rows, 'Norway')[0]?.articles).toEqual(['a.txt']);
    expect(rowWith(rows, 'Fisheries Union')[0]?.articles).toEqual(['a.txt']);
    expect(rowWith(rows, 'Norway')[0]).not.toBe(rowWith(rows, 'Norwegian Embassy')[0]);
  });
});
