// no-named-source: nobody in the article speaks on the record under a name. A named source is a
// speaker of type person or organization whose words are not hedged (`reportedly`) and, unless
// `countRelayed` is on, not relayed from another outlet (`told the New York Times`).
import type { ReportQuote } from '../../model/types.js';
import type { Rule } from '../types.js';
import { articleStart, names } from './util.js';

const onRecord = (q: ReportQuote, countRelayed: boolean, countIndirect: boolean): boolean =>
  (q.speaker.type === 'person' || q.speaker.type === 'organization') &&
  !q.strength.reasons.includes('hedged') &&
  (countRelayed || !q.strength.reasons.includes('relayed from another outlet')) &&
  (countIndirect || q.type !== 'indirect');

export const noNamedSource: Rule = {
  id: 'no-named-source',
  description: 'the article has no named source on the record',
  severity: 'error',
  options: {
    minSources: { kind: 'count', default: 1, description: 'how many different named on-record speakers an article needs' },
    countRelayed: { kind: 'boolean', default: false, description: 'count a named speaker heard only through another outlet' },
    countIndirect: { kind: 'boolean', default: true, description: 'count a named speaker who is only paraphrased' },
  },
  check({ article, raw }, options) {
    const min = options.minSources as number;
    const named = [...new Set(article.quotes
      .filter((q) => onRecord(q, options.countRelayed as boolean, options.countIndirect as boolean))
      .map((q) => q.speaker.name))];
    if (named.length >= min) return [];
    const at = articleStart(raw);
    const n = article.quotes.length;
    let message: string;
    if (named.length) message = `only ${named.length} named source${named.length === 1 ? '' : 's'} on the record (${names(named)}); at least ${min} needed`;
    else if (!n) message = 'no named source on the record: the article quotes nobody';
    else message = `no named source on the record: ${n === 1 ? 'the only quote comes' : `the ${n} quotes come`} from anonymous sources, publications, relayed or hedged reports, or nobody`;
    return [{ message, ...at }];
  },
};
