// The Porter stem of a word (natural's stemmer), lower-cased, remembered: the cue lexicon and the
// contested-claims matcher stem the same few thousand words over and over, and the stemmer is a
// chain of regular expressions. The memory is bounded: it starts afresh past MAX words, so a
// long batch keeps a flat footprint. The stemmer loads on the first call, so modules that hold
// word lists cost nothing at start-up (`claims --help`, README "Speed").
import { createRequire } from 'node:module';
import type Porter from 'natural/lib/natural/stemmers/porter_stemmer.js';

let porter: typeof Porter | undefined;

const MAX = 50_000;
let memo = new Map<string, string>();

export function stem(word: string): string {
  let s = memo.get(word);
  if (s === undefined) {
    porter ??= createRequire(import.meta.url)('natural/lib/natural/stemmers/porter_stemmer.js') as typeof Porter;
    s = porter.stem(word.toLowerCase());
    if (memo.size >= MAX) memo = new Map();
    memo.set(word, s);
  }
  return s;
}
