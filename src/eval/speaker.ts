// Speaker equivalence between a predicted name and a gold quote's speaker, by the
// independent scorer's rules (test/fixtures/score.mjs, sameSpeaker).
import { tokens } from './tokens.js';

/** Words dropped before names are compared: articles, honorifics, titles and roles. */
export const TITLES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'mr', 'ms', 'mrs', 'dr', 'gen', 'general', 'president', 'sen', 'senator',
  'rep', 'gov', 'maj', 'col', 'lt', 'sgt', 'jr', 'sr', 'prime', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'former',
]);

export function nameTokens(s: unknown): string[] {
  return tokens(s).filter((t) => !TITLES.has(t));
}

/** The part of a gold quote (or a stand-in built from a claim) that names its speaker. */
export interface GoldSpeaker {
  speaker: string;
  speakerType: string;
  aliases?: readonly string[];
}

/**
 * True when `pred` names the gold speaker:
 * - an unknown gold speaker (or one with no name words) is matched only by no name;
 * - an exact match of the name words of the speaker or an alias;
 * - a person: the same last name word as the gold speaker's own name (never a role alias);
 * - anything else: the shorter name's words all occur in the longer one.
 */
export function sameSpeaker(pred: unknown, gold: GoldSpeaker): boolean {
  const p = nameTokens(pred);
  const main = nameTokens(gold.speaker);
  if (gold.speakerType === 'unknown' || !main.length) return !p.length;
  if (!p.length) return false;
  const golds = [gold.speaker, ...(gold.aliases ?? [])].map(nameTokens).filter((g) => g.length);
  const ps = p.join(' ');
  return golds.some((g) => {
    if (ps === g.join(' ')) return true;
    if (gold.speakerType === 'person') return p[p.length - 1] === main[main.length - 1];
    const [s, l] = p.length <= g.length ? [p, g] : [g, p];
    return s.every((t) => l.includes(t));
  });
}
