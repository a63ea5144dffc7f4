import { describe, expect, it } from 'vitest';
import { RESULT } from '../../../test/support/check-result.js';
import { formatCheckJson } from './json.js';

describe('formatCheckJson', () => {
  it('lists every file with its findings and counts, the unreadable inputs, the rules and a summary', () => {
    const doc = JSON.parse(formatCheckJson(RESULT));
    expect(doc).toMatchObject({ schemaVersion: 1, tool: { name: 'claims' }, config: null, rules: RESULT.rules });
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual(['news/a.txt', 'news/clean.txt', 'news/odd, name: 100%.txt']);
    expect(doc.files[0]).toMatchObject({ errorCount: 1, warningCount: 1, infoCount: 1 });
    expect(doc.files[0].findings[1]).toEqual({
      ruleId: 'relayed-only', severity: 'warning', message: RESULT.files[0]!.findings[1]!.message,
      line: 3, column: 34, endLine: 3, endColumn: 58, start: 49, end: 73,
    });
    expect(doc.files[1]).toMatchObject({ findings: [], errorCount: 0 });
    expect(doc.errors).toEqual(RESULT.errors);
    expect(doc.summary).toEqual({ files: 3, unreadable: 1, errors: 3, warnings: 1, infos: 1 });
  });
});
