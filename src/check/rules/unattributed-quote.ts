// unattributed-quote: quoted or reported words whose speaker the article never gives
// (strength `unattributed`, speaker type `unknown`).
import type { Rule } from '../types.js';
import { excerpt } from './util.js';

const TYPES = ['direct', 'partial', 'indirect'] as const;

export const unattributedQuote: Rule = {
  id: 'unattributed-quote',
  description: 'a quote whose speaker cannot be found in the article',
  severity: 'error',
  options: {
    types: { kind: 'list', values: TYPES, default: TYPES, description: 'which quote types are checked' },
  },
  check({ article }, options) {
    const types = options.types as readonly string[];
    return article.quotes
      .filter((q) => q.speaker.type === 'unknown' && types.includes(q.type))
      .map((q) => ({
        message: `${q.type} quote with no speaker: ${excerpt(q.text)}`,
        start: q.start,
        end: q.end,
      }));
  },
};
