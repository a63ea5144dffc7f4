// A CheckResult built by hand for the format tests: formats only render, so their tests feed
// them findings directly, including the awkward characters each format must escape.
import type { CheckResult, Finding } from '../../src/check/types.js';

const finding = (f: Partial<Finding> & Pick<Finding, 'ruleId' | 'severity' | 'message'>): Finding => ({
  start: 0, end: 1, line: 1, column: 1, endLine: 1, endColumn: 2, ...f,
});

export const RESULT: CheckResult = {
  files: [
    {
      file: 'news/a.txt',
      id: 'a',
      findings: [
        finding({ ruleId: 'no-named-source', severity: 'error', message: 'no named source on the record: the article quotes nobody', endColumn: 15, end: 14 }),
        finding({ ruleId: 'relayed-only', severity: 'warning', message: 'Anna Berg is heard only through another outlet (told the Daily Mail): “she would resign”', line: 3, column: 34, endLine: 3, endColumn: 58, start: 49, end: 73 }),
        finding({ ruleId: 'unbalanced-quotes', severity: 'info', message: 'quotation mark " is never closed in its paragraph', line: 12, column: 7, endLine: 12, endColumn: 8, start: 300, end: 301 }),
      ],
    },
    { file: 'news/clean.txt', id: 'clean', findings: [] },
    {
      file: 'news/odd, name: 100%.txt',
      id: 'odd, name: 100%',
      findings: [
        finding({ ruleId: 'unattributed-quote', severity: 'error', message: 'direct quote with no speaker: “<b>50% & more</b>\r\nnext”' }),
        finding({ ruleId: 'unattributed-quote', severity: 'error', message: 'partial quote with no speaker: “a \u0007bell”', line: 2, column: 5, endLine: 2, endColumn: 9 }),
      ],
    },
  ],
  errors: [{ file: 'news/bad.txt', code: 'E_BINARY', message: 'looks like a binary file (a NUL byte at 8) & not <text>' }],
  rules: [
    { id: 'unattributed-quote', severity: 'error' },
    { id: 'no-named-source', severity: 'error' },
    { id: 'relayed-only', severity: 'warning' },
    { id: 'unbalanced-quotes', severity: 'info' },
  ],
  config: null,
};

export const EMPTY: CheckResult = { files: [{ file: 'a.txt', id: 'a', findings: [] }], errors: [], rules: RESULT.rules, config: null };
