import { describe, expect, it } from 'vitest';
import { ReportFormatError, byId, parseReport, toPredArticle } from './predictions.js';

const art = (file: string, quoteText = 'x') => ({
  file,
  id: 'ignored',
  quotes: [{ text: quoteText, type: 'direct', speaker: { name: 'Peskov', type: 'person', mention: 'Peskov' }, strength: { label: 'strong', score: 1, reasons: [] }, stance: 'denies', start: 3, end: 4 }],
  contested: [{ claim: 'c', evidence: 'e', assertedBy: ['A'], disputedBy: ['Peskov', { name: 'Kremlin' }] }],
});

describe('toPredArticle', () => {
  it('takes ids from the file name and flattens speaker and strength', () => {
    const p = toPredArticle(art('seeds/001_abc.txt'));
    expect(p.id).toBe('001_abc');
    expect(p.file).toBe('seeds/001_abc.txt');
    expect(p.quotes[0]).toEqual({ text: 'x', type: 'direct', speaker: 'Peskov', strength: 'strong', stance: 'denies', start: 3, end: 4 });
    expect(p.contested[0]).toEqual({ claim: 'c', disputedBy: ['Peskov', 'Kremlin'] });
  });
  it('reads the loose forms the scorer reads', () => {
    const p = toPredArticle({ id: '002_x', quotes: [{ text: 'y', speaker: 'Someone', strength: 'weak' }] });
    expect(p.id).toBe('002_x');
    expect(p.quotes[0]).toMatchObject({ speaker: 'Someone', strength: 'weak', stance: 'neutral', type: null });
    expect(toPredArticle({ article: '003_y.txt' }).id).toBe('003_y');
  });
  it('refuses quotes that are not a list', () => {
    expect(() => toPredArticle({ id: 'a', quotes: 'no' })).toThrow(ReportFormatError);
  });
});

describe('parseReport', () => {
  const a = art('a.txt');
  const b = art('dir/b.txt');
  it('reads a JSON report, an array, one article, and NDJSON', () => {
    const ids = (s: string) => parseReport(s).map((p) => p.id);
    expect(ids(JSON.stringify({ schemaVersion: 1, articles: [a, b], errors: [] }))).toEqual(['a', 'b']);
    expect(ids(JSON.stringify([a, b]))).toEqual(['a', 'b']);
    expect(ids(JSON.stringify(a))).toEqual(['a']);
    expect(ids(`${JSON.stringify(a)}\n${JSON.stringify(b)}\n`)).toEqual(['a', 'b']);
    expect(ids(`${JSON.stringify({ articles: [a] })}\n${JSON.stringify(b)}`)).toEqual(['a', 'b']);
    expect(ids('  \n')).toEqual([]);
  });
  it('names the file and the line of bad NDJSON', () => {
    expect(() => parseReport(`${JSON.stringify(a)}\n{oops`, 'r.ndjson')).toThrow(/^r\.ndjson: neither a JSON report nor NDJSON \(line 2/);
  });
  it('keeps the last article of an id, as the scorer does', () => {
    const m = byId(parseReport(JSON.stringify([art('a.txt', 'first'), art('other/a.txt', 'second')])));
    expect(m.size).toBe(1);
    expect(m.get('a')?.quotes[0]?.text).toBe('second');
  });
});
