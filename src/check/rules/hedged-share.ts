// hedged-share: too many claims hedged with `reportedly`, `allegedly`, `is believed to`: the
// share of quotes the attribution stage marked hedged is above `max`.
import type { Rule } from '../types.js';
import { percent, shareFinding } from './util.js';

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
    return shareFinding(article.quotes, (q) => q.strength.reasons.includes('hedged'), max, options.minQuotes as number,
      (n, total, share) => `${n} of ${total} claims (${share}) are hedged (reportedly, allegedly, is believed to …); the limit is ${percent(max)}`);
  },
};
