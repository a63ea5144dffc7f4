// A person's grammatical gender, for pronoun agreement: from the first-name lexicon the
// tagger carries (MaleName / FemaleName) or from a gendered title (Mr, Mrs, Ms).
import { lowerBound } from '../model/spans.js';
import type { Doc, Entity, Token } from '../model/types.js';

export type Gender = 'male' | 'female';

const MALE_TITLES = /\b(mr|sir|king|prince|lord|father|congressman|chairman|spokesman|councilman)\b\.?/i;
const FEMALE_TITLES = /\b(mrs|ms|miss|madam|lady|queen|princess|congresswoman|chairwoman|spokeswoman|councilwoman)\b\.?/i;

const cache = new WeakMap<Entity, Gender | null>();
const starts = new WeakMap<Token[], number[]>();

/** doc.tokens.find((x) => x.start === at), by binary search: tokens are in text order */
function tokenAt(doc: Doc, at: number): Token | undefined {
  let s = starts.get(doc.tokens);
  if (!s || s.length !== doc.tokens.length) starts.set(doc.tokens, (s = doc.tokens.map((t) => t.start)));
  const t = doc.tokens[lowerBound(s, at)];
  return t && t.start === at ? t : undefined;
}

export function genderOf(doc: Doc, e: Entity): Gender | null {
  if (cache.has(e)) return cache.get(e) ?? null;
  let g: Gender | null = null;
  if (e.role && FEMALE_TITLES.test(e.role)) g = 'female';
  else if (e.role && MALE_TITLES.test(e.role)) g = 'male';
  else {
    for (const m of e.mentions) {
      const t = tokenAt(doc, m.start);
      if (!t) continue;
      if (t.tags.has('FemaleName')) { g = 'female'; break; }
      if (t.tags.has('MaleName')) { g = 'male'; break; }
    }
  }
  cache.set(e, g);
  return g;
}
