// `--format stylish` (the default): findings grouped by file, one line each with line:column,
// severity, message and rule id in aligned columns, then a summary, in the manner of ESLint.
import { Chalk } from 'chalk';
import type { CheckResult, Severity } from '../../check/types.js';
import { countAll, oneLine, plural } from './common.js';

export interface StylishOptions {
  color: boolean;
}

export function formatStylish(result: CheckResult, opts: StylishOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const out: string[] = [];
  for (const file of result.files) {
    if (!file.findings.length) continue;
    const rows = file.findings.map((f) => [`${f.line}:${f.column}`, f.severity, oneLine(f.message), f.ruleId] as const);
    const posWidth = Math.max(...rows.map((r) => r[0].length));
    const sevWidth = Math.max(...rows.map((r) => r[1].length));
    const msgWidth = Math.max(...rows.map((r) => r[2].length));
    out.push(c.underline(oneLine(file.file)));
    for (const [pos, sev, msg, id] of rows) {
      out.push(`  ${c.dim(pos.padStart(posWidth))}  ${paint[sev](sev.padEnd(sevWidth))}  ${msg.padEnd(msgWidth)}  ${c.dim(id)}`);
    }
    out.push('');
  }
  const n = countAll(result);
  const problems = n.error + n.warning + n.info;
  const unread = result.errors.length ? `; ${plural(result.errors.length, 'file')} could not be checked (see above)` : '';
  if (problems === 0) {
    out.push((result.errors.length ? c.red('✖') : c.green('✔')) + ` no problems in ${plural(result.files.length, 'file')}${unread}`);
  } else {
    const mark = n.error ? c.red.bold('✖') : n.warning ? c.yellow.bold('⚠') : c.blue.bold('ℹ');
    out.push(`${mark} ${plural(problems, 'problem')} (${plural(n.error, 'error')}, ${plural(n.warning, 'warning')}, ${n.info} info) in ${plural(result.files.length, 'file')}${unread}`);
  }
  return out.join('\n') + '\n';
}
