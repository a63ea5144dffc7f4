// relayed-only: words the article only has second-hand, through another outlet (`X told the
// New York Times`, `according to the Times, X said`). With `allowFirstHand` (the default) a named
// speaker who is also quoted first-hand somewhere in the article is not reported. `ownOutlets`
// names the newsroom's own publication(s): `X told The Daily Planet` in the Planet's own copy is
// first-hand, and so are the quotes that take their attribution from such a sentence.
import type { ReportQuote } from '../../model/types.js';
import type { Rule } from '../types.js';
import { excerpt } from './util.js';

const RELAYED = 'relayed from another outlet';
const named = (q: ReportQuote) => q.speaker.type === 'person' || q.speaker.type === 'organization';
const normal = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();

export const relayedOnly: Rule = {
  id: 'relayed-only',
  description: 'a quote whose only attribution is relayed from another outlet',
  severity: 'warning',
  options: {
    allowFirstHand: { kind: 'boolean', default: true, description: 'do not report a named speaker who is also quoted first-hand in the article' },
    ownOutlets: { kind: 'strings', default: [], description: 'the names of your own publication(s): words told to them are first-hand' },
  },
  check({ article }, options) {
    const own = (options.ownOutlets as readonly string[]).map(normal).filter(Boolean);
    const toOwn = (cue: string) => own.some((o) => ` ${normal(cue)} `.includes(` ${o} `));
    // a quote attributed by position (no cue of its own) is relayed through the outlet of the
    // speaker's last relayed quote with a cue
    const lastCue = new Map<string, string>();
    const relayed = article.quotes.filter((q) => {
      if (!q.strength.reasons.includes(RELAYED)) return false;
      const cue = q.cue || lastCue.get(q.speaker.name) || '';
      if (q.cue) lastCue.set(q.speaker.name, q.cue);
      return !(cue && toOwn(cue));
    });
    const firstHand = new Set(article.quotes.filter((q) => named(q) && !relayed.includes(q)).map((q) => q.speaker.name));
    return relayed
      .filter((q) => !(options.allowFirstHand && named(q) && firstHand.has(q.speaker.name)))
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
