// one-sided-contested: a claim the article shows as contested (one source asserts it, another
// denies it) where only one side speaks in its own words. A side is quoted when one of its
// speakers has a quote of a type in `quotedTypes` on that side: a denial for the side that
// disputes the claim, anything else for the side that asserts it. The other side is then only
// paraphrased or reported.
import type { Claim, ReportQuote } from '../../model/types.js';
import type { Rule } from '../types.js';
import { articleStart, excerpt, findLoose, flat, names } from './util.js';

const TYPES = ['direct', 'partial', 'indirect'] as const;

export const oneSidedContested: Rule = {
  id: 'one-sided-contested',
  description: 'a contested claim where only one side is quoted',
  severity: 'warning',
  options: {
    quotedTypes: { kind: 'list', values: TYPES, default: ['direct', 'partial'], description: 'quote types that count as a side being quoted' },
    minWords: { kind: 'count', default: 3, description: 'claims of fewer words are not judged (a word such as “traitor” is a label, not a proposition)' },
  },
  check({ article, raw }, options) {
    const types = options.quotedTypes as readonly string[];
    const quoted = (speakers: string[], denies: boolean): boolean =>
      article.quotes.some((q) => speakers.includes(q.speaker.name) && (q.stance === 'denies') === denies && types.includes(q.type));
    const out = [];
    for (const c of article.contested) {
      if (c.claim.split(/\s+/).filter(Boolean).length < (options.minWords as number)) continue;
      const asserts = quoted(c.assertedBy, false);
      const disputes = quoted(c.disputedBy, true);
      if (asserts === disputes) continue;
      const [heard, silent] = asserts ? ['asserting', 'disputing'] : ['disputing', 'asserting'];
      const [heardBy, silentBy] = asserts ? [c.assertedBy, c.disputedBy] : [c.disputedBy, c.assertedBy];
      out.push({
        message: `only the side ${heard} ${excerpt(c.claim, 45)} is quoted (${names(heardBy, 2)}); the side ${silent} it (${names(silentBy, 2)}) is only paraphrased`,
        ...where(c, article.quotes, raw),
      });
    }
    return out;
  },
};

/** The asserting quote that states the claim, else its evidence sentence, else the article's start. */
function where(c: Claim, quotes: ReportQuote[], raw: string): { start: number; end: number } {
  const q = quotes.find((x) => c.assertedBy.includes(x.speaker.name) && flat(x.text) === c.claim)
    ?? quotes.find((x) => flat(x.text) === c.claim);
  if (q) return { start: q.start, end: q.end };
  return findLoose(raw, c.evidence) ?? articleStart(raw);
}
