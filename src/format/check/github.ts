// `--format github`: GitHub Actions workflow commands, which the runner turns into annotations
// on the lines of the files:
//   ::error file=a.txt,line=3,col=5,endLine=3,endColumn=9,title=claims unattributed-quote::message
// info findings become `::notice`. Inputs that could not be read are `::error` on the file.
// Escaping follows the workflow-command syntax: in the message %, CR and LF are percent-encoded;
// in property values also `:` and `,` (which would end the value).
import type { CheckResult, Severity } from '../../check/types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(name: string, props: Array<[string, string | number]>, message: string): string {
  const p = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${name} ${p}::${escapeData(message)}\n`;
}

export function formatGithub(result: CheckResult): string {
  let out = '';
  for (const e of result.errors) out += command('error', [['file', e.file], ['title', `claims ${e.code}`]], `${e.message} (${e.code})`);
  for (const f of result.files) {
    for (const x of f.findings) {
      out += command(COMMAND[x.severity], [
        ['file', f.file], ['line', x.line], ['col', x.column], ['endLine', x.endLine], ['endColumn', x.endColumn], ['title', `claims ${x.ruleId}`],
      ], x.message);
    }
  }
  return out;
}
