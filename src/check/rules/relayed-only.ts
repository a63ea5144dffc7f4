// relayed-only: words the article only has second-hand, through another outlet (`X told the
// New York Times`, `according to the Times, X said`). With `allowFirstHand` (the default) a named
// speaker who is also quoted first-hand somewhere in the article is not reported.
import type { ReportQuote } from '../../model/types.js';
import type { Rule } from '../types.js';
import { excerpt } from './util.js';

const RELAYED = 'relayed from another outlet';
const isRelayed = (q: ReportQuote) => q.strength.reasons.includes(RELAYED);
const named = (q: ReportQuote) => q.speaker.type === 'person' || q.speaker.type === 'organization';

export const relayedOnly: Rule = {
  id: 'relayed-only',
  description: 'a quote whose only attribution is relayed from another outlet',
  severity: 'warning',
  options: {
    allowFirstHand: { kind: 'boolean', default: true, description: 'do not report a named speaker who is also quoted first-hand in the article' },
  },
  check({ article }, options) {
    const firstHand = new Set(article.quotes.filter((q) => named(q) && !isRelayed(q)).map((q) => q.speaker.name));
    return article.quotes
      .filter((q) => isRelayed(q) && !(options.allowFirstHand && named(q) && firstHand.has(q.speaker.name)))
      .map((q) => {
        const who = named(q) ? q.speaker.name : `${q.speaker.type} source “${q.speaker.mention || q.speaker.name}”`;
        // a cue that names the outlet says how (`told the Times`); a bare verb says nothing more
        const via = /\s/.test(q.cue.trim()) ? ` (${q.cue.trim()})` : '';
        return {
          message: `${who} is heard only through another outlet${via}: ${excerpt(q.text, 50)}`,
          start: q.start,
          end: q.end,
        };
      });
  },
};
