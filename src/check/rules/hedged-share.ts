// hedged-share: too many claims hedged with `reportedly`, `allegedly`, `is believed to`: the
// share of quotes the attribution stage marked hedged is above `max`.
import type { Rule } from '../types.js';
import { percent } from './util.js';

export const hedgedShare: Rule = {
  id: 'hedged-share',
  description: 'the share of hedged claims (reportedly, allegedly, is believed to) is above a threshold',
  severity: 'warning',
  options: {
    max: { kind: 'share', default: 0.25, description: 'highest share of quotes (0 to 1) that may be hedged' },
    minQuotes: { kind: 'count', default: 4, description: 'articles with fewer quotes are not judged' },
  },
  check({ article }, options) {
    const max = options.max as number;
    const quotes = article.quotes;
    const hedged = quotes.filter((q) => q.strength.reasons.includes('hedged'));
    if (quotes.length < (options.minQuotes as number) || !hedged.length) return [];
    const share = hedged.length / quotes.length;
    if (share <= max) return [];
    const first = hedged[0]!;
    return [{
      message: `${hedged.length} of ${quotes.length} claims (${percent(share)}) are hedged (reportedly, allegedly, is believed to …); the limit is ${percent(max)}`,
      start: first.start,
      end: first.end,
    }];
  },
};
