// Names as the batch compares them: one key per spelling, the parts of a person's name, the
// initials of a body's name, and whether two name words are the same word spelled differently
// (Jaro-Winkler and Double Metaphone from natural, for transliterations: Zabihullah/Zabiullah,
// Dmitry/Dmitri). Every match says why, so a merge carries evidence a reader can check.
import DoubleMetaphone from 'natural/lib/natural/phonetics/double_metaphone.js';
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { TITLES } from '../quotes/lexicon.js';
import { plainKey } from './known.js';

export { plainKey as nameKey };

const metaphone = new DoubleMetaphone();
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'which', 'who', 'whom', 'that', 'this', 'these', 'those']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const SMALL = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', '&']);

/** Strip a leading determiner: `the Times` → `Times`. */
export const stripThe = (s: string) => s.trim().replace(/^(the|a|an)\s+/i, '');

/**
 * The name part of a speaker mention as the article writes it: an appositive after a comma is
 * dropped (`Bellingcat, an online investigative team` → `Bellingcat`). Empty when the mention
 * is no name: a pronoun, or a description with a lower-case head (`the newspaper`, `the tweet`).
 */
export function nameOfMention(mention: string): string {
  const head = mention.split(/,\s/)[0]!.trim().replace(/[.,;:]+$/, '');
  const bare = stripThe(head);
  // `US` in capitals is a country, `us` a pronoun
  if (!bare || (PRONOUNS.has(bare.toLowerCase()) && !(bare.length > 1 && bare === bare.toUpperCase()))) return '';
  // `the newspaper`, `The tweet`: a description, not a name
  if (!/^[\p{Lu}\p{N}]/u.test(bare)) return '';
  return head;
}

/** `Russia and the Taliban` → [`Russia`, `the Taliban`]; one part when it is not a coordination. */
export function splitJoint(name: string): string[] {
  const parts = name.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/).map((p) => p.trim()).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => /^[\p{Lu}]/u.test(stripThe(p))) ? parts : [name];
}

export interface PersonName {
  /** given names, lower case (`dmitry`) */
  given: string[];
  /** the surname, lower case */
  surname: string;
  /** the name as written, without titles: `John Nicholson Jr.` */
  written: string;
}

/** The parts of a person's name, titles (`Gen.`, `Army General`) and `of Russia` left out. */
export function personName(name: string): PersonName | undefined {
  let words = stripThe(name).replace(/\s+of\s+\p{Lu}.*$/u, '').split(/\s+/).filter(Boolean);
  // leading titles: `Russian President`, `Army General`, `Gen.`
  let lastTitle = -1;
  for (let i = 0; i < words.length - 1; i++) if (TITLES.has(words[i]!.toLowerCase().replace(/\.$/, ''))) lastTitle = i;
  words = words.slice(lastTitle + 1);
  const written = words.join(' ');
  let core = words.map((w) => w.toLowerCase().replace(/[.,]+$/, '').replace(/[’']s$/, ''));
  while (core.length > 1 && SUFFIXES.has(core[core.length - 1]!)) core = core.slice(0, -1);
  const surname = core[core.length - 1];
  if (!surname) return undefined;
  return { given: core.slice(0, -1), surname, written };
}

/** First letters of a body's name: `New York Times` → `NYT`, `United States` → `US`. */
export function initialsOf(name: string): string {
  return stripThe(name)
    .split(/[\s-]+/)
    .filter((w) => w && !SMALL.has(w.toLowerCase()) && /^\p{Lu}/u.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** `NYT`, `U.S.`, `CIA`: an acronym, dots dropped, or undefined. */
export function acronymOf(name: string): string | undefined {
  const bare = stripThe(name).replace(/\./g, '');
  return /^\p{Lu}{2,6}$/u.test(bare) ? bare : undefined;
}

/** `New York Times (NYT)` → the acronym in the brackets, when it abbreviates the name before it. */
export function bracketAcronym(form: string): { name: string; acronym: string } | undefined {
  const m = /^(.+?)\s*\((\p{Lu}[\p{Lu}.]{1,9})\)$/u.exec(stripThe(form));
  if (!m) return undefined;
  const acronym = m[2]!.replace(/\./g, '');
  return initialsOf(m[1]!) === acronym ? { name: m[1]!, acronym } : undefined;
}

export interface WordMatch {
  same: boolean;
  /** why: `same`, `initial J.`, `jaro-winkler 0.94`, `double metaphone TMTR` */
  evidence: string;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
export const FUZZY_MIN = 0.92;

/** Are two name words (lower case) the same word, maybe transliterated differently? */
export function sameWord(a: string, b: string): WordMatch {
  if (a === b) return { same: true, evidence: 'same' };
  const ia = /^\p{L}\.?$/u.test(a), ib = /^\p{L}\.?$/u.test(b);
  if (ia || ib) {
    const same = a[0] === b[0];
    return { same, evidence: same ? `initial ${(ia ? a : b)[0]!.toUpperCase()}.` : 'different initials' };
  }
  if (a[0] !== b[0] || Math.min(a.length, b.length) < 4) return { same: false, evidence: 'different' };
  const jw = jaroWinkler(a, b);
  const [pa, sa] = metaphone.process(a);
  const [pb, sb] = metaphone.process(b);
  const phonetic = pa === pb || pa === sb || sa === pb;
  const parts = [`jaro-winkler ${round2(jw)}`];
  if (phonetic) parts.push(`double metaphone ${pa === pb || pa === sb ? pa : sa}`);
  // a close spelling, or a sound-alike that is not far off in spelling
  const same = jw >= FUZZY_MIN || (phonetic && jw >= 0.85);
  return { same, evidence: parts.join(', ') };
}

const ROLE_STOP = new Set(['a', 'an', 'the', 'of', 'for', 'with', 'to', 'at', 'in', 'on', 'and', 'or', 'who', 'has', 'have', 'been', 'his', 'her', 'its', 'their', 'former', 'then', 'now', 'group', 'also']);

/** The words of a role that can agree with another's: `Taliban spokesman` → {taliban, spokesman}. */
export function roleWords(role: string, exclude: Iterable<string> = []): Set<string> {
  const skip = new Set([...exclude].map((w) => w.toLowerCase()));
  const out = new Set<string>();
  for (const w of role.toLowerCase().match(/[\p{L}]+/gu) ?? []) if (w.length > 2 && !ROLE_STOP.has(w) && !skip.has(w)) out.add(w);
  return out;
}
