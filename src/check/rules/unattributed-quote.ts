// unattributed-quote: quoted or reported words whose speaker the article never gives
// (strength `unattributed`, speaker type `unknown`). A warning by default: the extraction still
// misses some attributions (a speaker named only in a caption line after the quote), so a
// newsroom whose copy attributes in the usual ways can raise it to an error.
import type { Rule } from '../types.js';
import { excerpt } from './util.js';

const TYPES = ['direct', 'partial', 'indirect'] as const;

export const unattributedQuote: Rule = {
  id: 'unattributed-quote',
  description: 'a quote whose speaker cannot be found in the article',
  severity: 'warning',
  options: {
    types: { kind: 'list', values: TYPES, default: TYPES, description: 'which quote types are checked' },
    minWords: { kind: 'count', default: 3, description: 'shorter quotes are not reported (a title or a scare-quoted word is no quotation)' },
  },
  check({ article }, options) {
    const types = options.types as readonly string[];
    return article.quotes
      .filter((q) => q.speaker.type === 'unknown' && types.includes(q.type) && q.text.split(/\s+/).filter(Boolean).length >= (options.minWords as number))
      .map((q) => ({
        message: `${q.type} quote with no speaker: ${excerpt(q.text)}`,
        start: q.start,
        end: q.end,
      }));
  },
};
