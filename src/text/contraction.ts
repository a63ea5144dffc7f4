// A word without the contraction it carries: compromise keeps `He’s`, `they've`, `I'd` as one
// word (with an empty word after it for the unwritten `is`/`has`/`have`/`would`), so a pronoun
// must be read without its ending to be recognised as one.

/** `he’s`, `They've`, `I'd` → he, they, i (lower-cased); other words lower-cased as they are. */
export function withoutContraction(word: string): string {
  return word.toLowerCase().replace(/[\u2019'](s|ve|d|ll|re|m)$/u, '');
}
