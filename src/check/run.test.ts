import { describe, expect, it } from 'vitest';
import { allFindings } from '../../test/support/check.js';
import { defaultSettings } from './config.js';
import { checkArticle } from './run.js';
import { analyze } from '../pipeline.js';
import { toReportArticle } from '../report/build.js';

const TEXT = 'Plant to close\n\nThe factory will close next year, officials said. “It is over,” one worker said. “And the town?\n';

describe('checkArticle', () => {
  it('gives each finding its rule, severity and line/column, in text order', () => {
    const f = allFindings(TEXT);
    expect(f.map((x) => [x.ruleId, x.severity, x.line, x.column])).toEqual([
      ['no-named-source', 'error', 1, 1],
      ['unbalanced-quotes', 'error', 3, TEXT.split('\n')[2]!.indexOf('“And') + 1],
    ]);
    expect(f[0]).toMatchObject({ endLine: 1, endColumn: 15, start: 0, end: 14 });
  });

  it('gives the same lines and columns for CRLF text, while the offsets stay those of the text as read', () => {
    const crlf = TEXT.replace(/\n/g, '\r\n');
    const f = allFindings(crlf);
    expect(f.map((x) => [x.ruleId, x.line, x.column, x.endLine, x.endColumn])).toEqual(allFindings(TEXT).map((x) => [x.ruleId, x.line, x.column, x.endLine, x.endColumn]));
    const mark = f.find((x) => x.ruleId === 'unbalanced-quotes')!;
    expect(crlf.slice(mark.start, mark.end)).toBe('“');
  });

  it('skips rules that are off and uses the configured severity', () => {
    const settings = defaultSettings();
    settings.find((s) => s.rule.id === 'no-named-source')!.level = 'off';
    settings.find((s) => s.rule.id === 'unbalanced-quotes')!.level = 'info';
    const a = analyze({ file: 't.txt', id: 't', raw: TEXT });
    expect(checkArticle({ article: toReportArticle(a), raw: TEXT, text: a.doc.text }, settings).map((x) => [x.ruleId, x.severity])).toEqual([['unbalanced-quotes', 'info']]);
  });
});
