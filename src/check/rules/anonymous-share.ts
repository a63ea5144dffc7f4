// anonymous-share: too much of the article rests on unnamed sources (`officials said`,
// `a source familiar with`): the share of quotes from anonymous speakers is above `max`.
import type { Rule } from '../types.js';
import { percent, shareFinding } from './util.js';

export const anonymousShare: Rule = {
  id: 'anonymous-share',
  description: 'the share of quotes from anonymous sources is above a threshold',
  severity: 'warning',
  options: {
    max: { kind: 'share', default: 0.5, description: 'highest share of quotes (0 to 1) that may come from anonymous sources' },
    minQuotes: { kind: 'count', default: 4, description: 'articles with fewer quotes are not judged' },
  },
  check({ article }, options) {
    const max = options.max as number;
    return shareFinding(article.quotes, (q) => q.speaker.type === 'anonymous', max, options.minQuotes as number,
      (n, total, share) => `${n} of ${total} quotes (${share}) come from anonymous sources; the limit is ${percent(max)}`);
  },
};
