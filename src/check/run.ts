// The runner of `claims check`: the pipeline analyses each article once, every rule that is not
// off reads the result, and each finding gets its rule id, configured severity and line/column.
import { analyze, type Source } from '../pipeline.js';
import { toReportArticle } from '../report/build.js';
import { LineIndex } from './position.js';
import type { CheckedFile, Finding, RuleInput, RuleSetting } from './types.js';

/** Applies the rules to one analysed article; findings are in text order. */
export function checkArticle(input: RuleInput, settings: readonly RuleSetting[]): Finding[] {
  const lines = new LineIndex(input.raw);
  const out: Finding[] = [];
  for (const { rule, level, options } of settings) {
    if (level === 'off') continue;
    for (const f of rule.check(input, options)) {
      const from = lines.position(f.start);
      const to = lines.position(Math.max(f.start, f.end));
      out.push({
        ruleId: rule.id, severity: level, message: f.message, start: f.start, end: f.end,
        line: from.line, column: from.column, endLine: to.line, endColumn: to.column,
      });
    }
  }
  const order = settings.map((s) => s.rule.id);
  return out.sort((a, b) => a.start - b.start || order.indexOf(a.ruleId) - order.indexOf(b.ruleId));
}

/** Runs the pipeline on one source and checks the article it gives. */
export function checkSource(src: Source, settings: readonly RuleSetting[]): CheckedFile {
  const analysis = analyze(src);
  const input: RuleInput = { article: toReportArticle(analysis), raw: src.raw, text: analysis.doc.text };
  return { file: src.file, id: src.id, findings: checkArticle(input, settings) };
}
