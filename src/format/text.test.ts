import { describe, expect, it } from 'vitest';
import type { Report, ReportArticle } from '../model/types.js';
import { SAMPLE_ARTICLE, SAMPLE_REPORT } from '../../test/fixtures/sample-report.js';
import { clean, formatText, formatTextArticle, truncate, wrap } from './text.js';

const ANSI = /\u001b\[/;

describe('formatText', () => {
  const plain = formatTextArticle(SAMPLE_ARTICLE, { color: false });
  const lines = plain.split('\n');

  it('starts with the file, title and date', () => {
    expect(lines.slice(0, 3)).toEqual(['== fixtures/sample.txt', 'Russia denies bounty report', '2020-06-29']);
  });

  it('groups quotes under their speaker with type, strength label and score, stance and cue', () => {
    const peskov = lines.findIndex((l) => l.startsWith('  Dmitry Peskov (person, Kremlin spokesman)'));
    expect(peskov).toBeGreaterThan(0);
    expect(lines[peskov]).toContain('1 quote');
    expect(lines[peskov + 1]).toMatch(/^ {4}direct +strong 0\.90 +\[denies\] +told reporters$/);
    expect(lines[peskov + 2]).toBe('      “These claims are nonsense.”');
    const anon = lines.findIndex((l) => l.startsWith('  U.S. intelligence officials (anonymous)'));
    expect(lines[anon + 1]).toMatch(/indirect +weak 0\.30 +\[asserts\] +said/);
    // indirect speech is not shown inside quotation marks
    expect(lines[anon + 2]).toBe('      Russia had offered bounties to militants');
    // other names the article uses for a speaker are shown
    expect(plain).toContain('  Taliban (organization), also “The Taliban” · 1 quote');
  });

  it('lists a quote with no speaker last, marked as such', () => {
    const speakerLines = lines.slice(0, lines.indexOf('Contested claims')).filter((l) => /^ {2}\S/.test(l));
    expect(speakerLines).toHaveLength(4);
    expect(speakerLines.at(-1)).toBe('  (speaker not found) · 1 quote');
    expect(plain).toMatch(/unattributed 0\.00 +\[neutral\] +—/);
  });

  it('shows both sides of a contested claim with its evidence', () => {
    const i = lines.indexOf('Contested claims');
    expect(i).toBeGreaterThan(0);
    expect(lines.slice(i + 1, i + 5)).toEqual([
      '  1. Russia offered bounties to militants',
      '     asserted by  U.S. intelligence officials',
      '     disputed by  Dmitry Peskov; Taliban',
      '     evidence     “U.S. intelligence officials said Russia had offered bounties',
    ]);
    expect(lines[i + 5]).toBe('                  to militants.”');
  });

  it('ends with a one-line summary counting quotes, speakers, anonymous quotes and contested claims', () => {
    expect(lines.at(-2)).toBe('Summary: 4 quotes, 3 speakers, 1 anonymous, 1 contested');
    expect(plain.endsWith('\n')).toBe(true);
  });

  it('orders speakers by number of quotes, then reading order', () => {
    const a: ReportArticle = {
      ...SAMPLE_ARTICLE,
      quotes: [SAMPLE_ARTICLE.quotes[0]!, SAMPLE_ARTICLE.quotes[2]!, SAMPLE_ARTICLE.quotes[2]!],
      contested: [],
    };
    const names = formatTextArticle(a, { color: false })
      .split('\n')
      .filter((l) => /^ {2}\S/.test(l))
      .map((l) => l.trim().split(' (')[0]);
    expect(names).toEqual(['Taliban', 'Dmitry Peskov']);
  });

  it('wraps a long headline to the width', () => {
    const title = 'Russian intelligence officials have offered cash rewards to Taliban fighters, the source said.';
    const out = formatTextArticle({ ...SAMPLE_ARTICLE, title }, { color: false, width: 50 }).split('\n');
    expect(out.slice(1, 3)).toEqual(['Russian intelligence officials have offered cash', 'rewards to Taliban fighters, the source said.']);
    expect(out[3]).toBe('2020-06-29');
  });

  it('says so when an article has no quotes, title or date', () => {
    const out = formatTextArticle({ ...SAMPLE_ARTICLE, title: null, date: null, quotes: [], contested: [] }, { color: false });
    expect(out).toContain('(no title)');
    expect(out).toContain('(no date)');
    expect(out).toContain('no quotes found');
    expect(out).not.toContain('Contested claims');
    expect(out).toContain('Summary: 0 quotes, 0 speakers, 0 anonymous, 0 contested');
  });

  it('uses ANSI colour only when asked', () => {
    expect(plain).not.toMatch(ANSI);
    const coloured = formatTextArticle(SAMPLE_ARTICLE, { color: true });
    expect(coloured).toMatch(ANSI);
    // same words once the escapes are removed
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
  });

  it('truncates and wraps long quotes to the width', () => {
    const long = 'word '.repeat(100).trim();
    const q = { ...SAMPLE_ARTICLE.quotes[0]!, text: long };
    const out = formatTextArticle({ ...SAMPLE_ARTICLE, quotes: [q], contested: [] }, { color: false, width: 60 });
    const body = out.split('\n').filter((l) => l.startsWith('      '));
    expect(body.every((l) => l.length <= 60)).toBe(true);
    const joined = body.map((l) => l.trim()).join(' ');
    expect(joined.endsWith('…”')).toBe(true);
    expect(joined.length).toBeLessThanOrEqual(203);
  });

  it('never passes control characters from the article to the terminal', () => {
    const q = { ...SAMPLE_ARTICLE.quotes[0]!, text: 'evil \u001b[2J text\nover two lines' };
    const out = formatTextArticle({ ...SAMPLE_ARTICLE, quotes: [q] }, { color: false });
    expect(out).not.toMatch(/\u001b/);
    expect(out).toContain('“evil \uFFFD[2J text over two lines”');
  });

  it('renders every article of a report, separated by a blank line', () => {
    const report: Report = { ...SAMPLE_REPORT, articles: [SAMPLE_ARTICLE, { ...SAMPLE_ARTICLE, file: 'other.txt' }] };
    const out = formatText(report, { color: false });
    expect(out).toContain('\n\n== other.txt\n');
    expect(out.match(/^Summary:/gm)).toHaveLength(2);
    expect(formatText({ ...SAMPLE_REPORT, articles: [] }, { color: false })).toBe('');
  });
});

describe('text helpers', () => {
  it('clean collapses whitespace', () => {
    expect(clean('  a\r\n\tb  \uFEFF c ')).toBe('a b c');
  });
  it('truncate keeps short strings and cuts long ones at a word', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('alpha beta gamma delta', 18)).toBe('alpha beta gamma…');
    expect(truncate('a😀😀', 2)).toBe('a…');
  });
  it('wrap splits at spaces and breaks overlong words', () => {
    expect(wrap('aaa bbb ccc', 10)).toEqual(['aaa bbb', 'ccc']);
    expect(wrap('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });
});
