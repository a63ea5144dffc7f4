// What the check formats share: counting findings and making names and messages safe to print.
import type { CheckResult, Counts } from '../../check/types.js';

export function countAll(result: CheckResult): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const f of result.files) for (const x of f.findings) counts[x.severity]++;
  return counts;
}

/** One line of terminal text: control characters (a newline in a file name) shown as `?`. */
export const oneLine = (s: string): string => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');

export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;
