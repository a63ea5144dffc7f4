import { describe, expect, it } from 'vitest';
import { EMPTY, RESULT } from '../../../test/support/check-result.js';
import { formatLine } from './line.js';

describe('formatLine', () => {
  it('prints path:line:col: severity rule-id message, one finding per line', () => {
    const lines = formatLine(RESULT).trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe('news/a.txt:1:1: error no-named-source no named source on the record: the article quotes nobody');
    expect(lines[2]).toBe('news/a.txt:12:7: info unbalanced-quotes quotation mark " is never closed in its paragraph');
    for (const l of lines) expect(l).toMatch(/^[^\n]+:\d+:\d+: (error|warning|info) [a-z-]+ .+$/);
  });

  it('prints nothing when there is nothing to report', () => {
    expect(formatLine(EMPTY)).toBe('');
  });
});
