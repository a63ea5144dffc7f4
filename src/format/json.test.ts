import { describe, expect, it } from 'vitest';
import { SAMPLE_REPORT } from '../../test/fixtures/sample-report.js';
import { formatJson } from './json.js';

describe('formatJson', () => {
  it('renders the whole report, unchanged, pretty-printed with two spaces', () => {
    const out = formatJson(SAMPLE_REPORT);
    expect(JSON.parse(out)).toEqual(SAMPLE_REPORT);
    expect(out.split('\n')[1]).toBe('  "schemaVersion": 1,');
    expect(out.endsWith('}\n')).toBe(true);
  });
});
