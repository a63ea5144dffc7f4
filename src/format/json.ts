// `--format json`: the whole Report as one pretty-printed document (schema/CONTRACT.md).
// Renders only; the report is built in src/report/build.ts.
import type { Report } from '../model/types.js';

export function formatJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
