import { describe, expect, it } from 'vitest';
import type { Report } from '../model/types.js';
import { SAMPLE_ARTICLE, SAMPLE_REPORT } from '../../test/fixtures/sample-report.js';
import { formatNdjson, formatNdjsonLine } from './ndjson.js';

describe('formatNdjson', () => {
  it('writes one article per line and nothing else (no errors, no envelope)', () => {
    const second = { ...SAMPLE_ARTICLE, file: 'b.txt', id: 'b' };
    const report: Report = { ...SAMPLE_REPORT, articles: [SAMPLE_ARTICLE, second] };
    const out = formatNdjson(report);
    expect(out.endsWith('\n')).toBe(true);
    const lines = out.slice(0, -1).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l))).toEqual([SAMPLE_ARTICLE, second]);
    expect(out).not.toContain('E_BINARY');
  });

  it('is empty when there are no articles', () => {
    expect(formatNdjson({ ...SAMPLE_REPORT, articles: [] })).toBe('');
  });

  it('keeps each article on one line even when its text holds line or paragraph separators', () => {
    const tricky = { ...SAMPLE_ARTICLE, title: 'one\ntwo\r\nthree\u2028four\u2029five' };
    const line = formatNdjsonLine(tricky);
    expect(line.indexOf('\n')).toBe(line.length - 1);
    expect(line).not.toMatch(/[\r\u2028\u2029]/);
    expect(JSON.parse(line).title).toBe(tricky.title);
  });
});
