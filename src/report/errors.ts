// The report's entry for an input that a bug stopped: every command that analyses or checks
// articles reports it the same way, names the file and goes on with the others (exit code 3).
import type { ReportError } from '../model/types.js';

/** `E_INTERNAL` for `file`, saying what was being done (`analysing`, `checking`) and what went wrong. */
export function internalError(file: string, doing: string, err: unknown): ReportError {
  return { file, code: 'E_INTERNAL', message: `internal error while ${doing}: ${err instanceof Error ? err.message : String(err)}` };
}
