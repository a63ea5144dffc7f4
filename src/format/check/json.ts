// `--format json`: every file checked with its findings (offsets, lines and columns), the inputs
// that could not be read, the rules that ran and a summary; one document for scripts.
import type { CheckResult } from '../../check/types.js';
import { VERSION } from '../../version.js';
import { countAll } from './common.js';

export function formatCheckJson(result: CheckResult): string {
  const files = result.files.map((f) => ({
    file: f.file,
    id: f.id,
    errorCount: f.findings.filter((x) => x.severity === 'error').length,
    warningCount: f.findings.filter((x) => x.severity === 'warning').length,
    infoCount: f.findings.filter((x) => x.severity === 'info').length,
    findings: f.findings.map((x) => ({
      ruleId: x.ruleId, severity: x.severity, message: x.message,
      line: x.line, column: x.column, endLine: x.endLine, endColumn: x.endColumn, start: x.start, end: x.end,
    })),
  }));
  const n = countAll(result);
  const doc = {
    schemaVersion: 1,
    tool: { name: 'claims', version: VERSION },
    config: result.config,
    rules: result.rules,
    files,
    errors: result.errors,
    summary: { files: result.files.length, unreadable: result.errors.length, errors: n.error, warnings: n.warning, infos: n.info },
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
