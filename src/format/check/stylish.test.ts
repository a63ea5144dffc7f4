import { describe, expect, it } from 'vitest';
import { EMPTY, RESULT } from '../../../test/support/check-result.js';
import { formatStylish } from './stylish.js';

describe('formatStylish', () => {
  it('groups findings by file with aligned position, severity, message and rule id, then a summary', () => {
    const out = formatStylish(RESULT, { color: false });
    const lines = out.split('\n');
    expect(lines[0]).toBe('news/a.txt');
    expect(lines[1]).toMatch(/^ {3}1:1 {2}error {4}no named source on the record: the article quotes nobody +no-named-source$/);
    expect(lines[2]).toMatch(/^ {2}3:34 {2}warning {2}Anna Berg is heard .* +relayed-only$/);
    expect(lines[3]).toMatch(/^ {2}12:7 {2}info {5}quotation mark " is never closed in its paragraph +unbalanced-quotes$/);
    // the rule ids start in one column
    expect(new Set(lines.slice(1, 4).map((l) => l.lastIndexOf('  ') + 2)).size).toBe(1);
    // files without findings are not listed; control characters in a message are shown as ?
    expect(out).not.toContain('news/clean.txt');
    expect(out).toContain('“<b>50% & more</b>??next”');
    expect(lines.at(-2)).toBe('✖ 5 problems (3 errors, 1 warning, 1 info) in 3 files; 1 file could not be checked (see above)');
  });

  it('says so when there is nothing to report', () => {
    expect(formatStylish(EMPTY, { color: false })).toBe('✔ no problems in 1 file\n');
  });

  it('colours only when asked', () => {
    expect(formatStylish(RESULT, { color: true })).toMatch(/\u001b\[31merror/);
    expect(formatStylish(RESULT, { color: false })).not.toMatch(/\u001b\[/);
  });
});
