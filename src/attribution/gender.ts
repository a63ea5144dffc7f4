// A person's grammatical gender, for pronoun agreement: from the first-name lexicon the
// tagger carries (MaleName / FemaleName) or from a gendered title (Mr, Mrs, Ms).
import type { Doc, Entity } from '../model/types.js';

export type Gender = 'male' | 'female';

const MALE_TITLES = /\b(mr|sir|king|prince|lord|father|congressman|chairman|spokesman|councilman)\b\.?/i;
const FEMALE_TITLES = /\b(mrs|ms|miss|madam|lady|queen|princess|congresswoman|chairwoman|spokeswoman|councilwoman)\b\.?/i;

const cache = new WeakMap<Entity, Gender | null>();

export function genderOf(doc: Doc, e: Entity): Gender | null {
  if (cache.has(e)) return cache.get(e) ?? null;
  let g: Gender | null = null;
  if (e.role && FEMALE_TITLES.test(e.role)) g = 'female';
  else if (e.role && MALE_TITLES.test(e.role)) g = 'male';
  else {
    for (const m of e.mentions) {
      const t = doc.tokens.find((x) => x.start === m.start);
      if (!t) continue;
      if (t.tags.has('FemaleName')) { g = 'female'; break; }
      if (t.tags.has('MaleName')) { g = 'male'; break; }
    }
  }
  cache.set(e, g);
  return g;
}
