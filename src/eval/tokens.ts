// Text normalisation and token overlap for matching quote spans. These rules are the
// independent scorer's (test/fixtures/score.mjs) character for character: a change here
// changes every figure, and the agreement test in test/eval.test.ts will say so.

/** Lower-case, strip accents and possessive `'s`, keep only [a-z0-9 ] and single spaces. */
export function norm(s: unknown): string {
  return String(s ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'`]s\b/g, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function tokens(s: unknown): string[] {
  return norm(s).split(' ').filter(Boolean);
}

/**
 * Shared tokens (as a multiset) over the longer side's token count: symmetric, so both
 * spans must mostly agree. 0 when either side has no tokens.
 */
export function overlap(a: unknown, b: unknown): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const bag = new Map<string, number>();
  for (const t of tb) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const n = bag.get(t);
    if (n) {
      common++;
      bag.set(t, n - 1);
    }
  }
  return common / Math.max(ta.length, tb.length);
}
