// `--format line`: one finding per line, `path:line:col: severity rule-id message`, the format
// compilers use, for editors' quickfix lists and grep.
import type { CheckResult } from '../../check/types.js';
import { oneLine } from './common.js';

export function formatLine(result: CheckResult): string {
  let out = '';
  for (const f of result.files) {
    for (const x of f.findings) out += `${oneLine(f.file)}:${x.line}:${x.column}: ${x.severity} ${x.ruleId} ${oneLine(x.message)}\n`;
  }
  return out;
}
