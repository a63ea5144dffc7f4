// Allegations the article names without a source: `the allegations that X have hurt the
// campaign`, `there were claims that X`, `Reports that X spread quickly`. No one is quoted (the extractor gives
// no quote: a speech noun needs an owner to be an attribution), but the article itself labels X
// as what is alleged, so a denial that only points back (`these claims are false`, `denied the
// allegations`) is most likely about X, even when the denial comes first.
import type { Doc, Span, Token } from '../model/types.js';

/** nouns that label a proposition as alleged */
const ALLEGATION_NOUNS = new Set(['allegation', 'allegations', 'accusation', 'accusations', 'claim', 'claims', 'report', 'reports', 'charge', 'charges', 'suggestion', 'suggestions', 'assertion', 'assertions', 'rumor', 'rumors', 'rumour', 'rumours']);
/** what may stand before the noun when nobody owns it */
const UNOWNED = new Set(['the', 'these', 'those', 'such', 'new', 'recent', 'earlier', 'latest', 'unconfirmed', 'unverified', 'unfounded', 'media', 'press', 'news']);
const AUXILIARIES = /^(has|have|had|is|are|was|were|will|would|could|should|may|might|did|does|do)$/;
/** what opens the writer's own clause after a comma (`…, saying`, `…, which he`) */
const CLAUSE_AFTER_COMMA = /^(and|but|which|who|saying|adding|noting|while|as|because|although|though)$/;
/** a clause this short says nothing a denial could be matched with */
const MIN_WORDS = 4;

export interface Allegation extends Span {
  /** the alleged proposition, as it stands in the text */
  text: string;
  sentence: number;
}

const has = (t: Token | undefined, tag: string) => t?.tags.has(tag) === true;
const hardStop = (t: Token) => /[:;–—]|\s-\s/.test(t.post);

/**
 * The `that` clause after an unowned allegation noun: from the word after `that` to the end of
 * the sentence, a colon, semicolon or dash, a comma before the writer's own clause, or the outer sentence's own verb (`… the two
 * builders have hurt`: an auxiliary right after a noun or a full verb once the clause has had its verb).
 */
function clauseAfter(doc: Doc, that: number, last: number): Span | null {
  let sawVerb = false;
  let end = that;
  for (let k = that + 1; k < last; k++) {
    const t = doc.tokens[k]!;
    const prev = doc.tokens[k - 1]!;
    const ends = has(prev, 'Noun') || (has(prev, 'Verb') && !AUXILIARIES.test(prev.normal) && !/^(been|being|not|never)$/.test(prev.normal));
    if (sawVerb && AUXILIARIES.test(t.normal) && ends && !/,/.test(prev.post)) break;
    if (has(t, 'Verb')) sawVerb = true;
    end = k + 1;
    if (hardStop(t) || (/,/.test(t.post) && CLAUSE_AFTER_COMMA.test(doc.tokens[k + 1]?.normal ?? ''))) break;
  }
  if (end - (that + 1) < MIN_WORDS) return null;
  return { start: doc.tokens[that + 1]!.start, end: doc.tokens[end - 1]!.end };
}

/** Every allegation the article names with no owner and no quote covers (`quotes`: the
 *  article's quotes, whose words are somebody's, not the article's), in text order. */
export function namedAllegations(doc: Doc, quotes: Span[]): Allegation[] {
  const inside = (at: number) => quotes.some((q) => q.start <= at && at < q.end);
  const out: Allegation[] = [];
  for (const s of doc.sentences) {
    for (let i = s.firstToken; i < s.lastToken - 1; i++) {
      const t = doc.tokens[i]!;
      if (!ALLEGATION_NOUNS.has(t.normal) || doc.tokens[i + 1]!.normal !== 'that' || /[,;:]/.test(t.post) || inside(t.start)) continue;
      // unowned: a determiner or a plain modifier before the noun, or nothing (`Reports that …`)
      const before = i > s.firstToken ? doc.tokens[i - 1]! : undefined;
      // (or a verb: `there were claims that`; when the verb reports, its quote covers the clause)
      if (before && !/[,;:(]/.test(before.post) && !UNOWNED.has(before.normal) && !has(before, 'Verb')) continue;
      const clause = clauseAfter(doc, i + 1, s.lastToken);
      if (!clause || inside(clause.start)) continue;
      out.push({ ...clause, text: doc.raw.slice(clause.start, clause.end), sentence: s.index });
    }
  }
  return out;
}
