// Sentences and tagged words, paragraph by paragraph, with offsets into the text.
// compromise does the tokenising, sentence splitting and part-of-speech tagging; each
// paragraph is tagged on its own so a sentence never runs across a paragraph break.
//
// Bounded time on pathological text: compromise's cost grows with the square of a sentence's
// length (its matchers rescan the sentence) and of a word's length (some of its regexes
// backtrack over a word). So the tagger gets a same-length view of the paragraph in which a
// run of more than MAX_WORD non-space characters has a space every MAX_WORD characters, and a
// paragraph longer than LONG_PARAGRAPH is tagged in pieces of at most MAX_PIECE characters,
// cut after a sentence end where there is one, else at a space. Paragraphs of real articles are
// far below these limits and are tagged exactly as before.
//
// Speed (README "Speed"): the tagger runs without its chunker (no stage reads chunk tags), and
// the terms are read straight from compromise's document instead of through `.json()`, which
// copies every term and recomputes offsets; a term's offset is the running sum of the
// `pre + text + post` lengths before it, which rebuild the paragraph exactly (checked, with
// `.json()` as the fallback when they do not).
import nlp from 'compromise';
import type { Paragraph, Sentence, Token } from '../model/types.js';

export const MAX_WORD = 64;
export const LONG_PARAGRAPH = 2000;
export const MAX_PIECE = 1000;
const ABBREVIATION = /(?:^|[\s(])(?:[A-Z]|mr|mrs|ms|dr|st|gen|sen|rep|gov|lt|col|sgt|capt|jr|sr|prof|rev|no|inc|co|corp|ltd|vs|etc|u\.s|u\.k|e\.g|i\.e)\.$/i;

/** The paragraph as the tagger sees it: same length, over-long words broken by spaces. */
export function taggerView(body: string): string {
  if (body.length <= MAX_WORD) return body;
  return body.replace(new RegExp(`\\S{${MAX_WORD + 1},}`, 'g'), (run) => {
    const units = run.split('');
    for (let k = MAX_WORD; k < units.length; k += MAX_WORD + 1) {
      units[k] = ' ';
      // never leave half of a surrogate pair
      const c = run.charCodeAt(k);
      if (c >= 0xdc00 && c <= 0xdfff) units[k - 1] = ' ';
      else if (c >= 0xd800 && c <= 0xdbff && k + 1 < units.length) units[k + 1] = ' ';
    }
    return units.join('');
  });
}

/** [start, end) pieces of a paragraph for the tagger: the whole of it unless it is very long. */
export function pieces(body: string): Array<[number, number]> {
  if (body.length <= LONG_PARAGRAPH) return [[0, body.length]];
  const out: Array<[number, number]> = [];
  let start = 0;
  while (body.length - start > MAX_PIECE) {
    const limit = start + MAX_PIECE;
    let cut = -1;
    let space = -1;
    for (let i = limit; i > start + MAX_PIECE / 4; i--) {
      if (!/\s/.test(body[i] ?? '')) continue;
      if (space < 0) space = i;
      // after `.`, `!`, `?` or `…` and any closing quotes or brackets, not after `Mr.` or `U.S.`
      let j = i - 1;
      while (j > start && /["'”’)\]]/.test(body[j]!)) j--;
      if (/[.!?…]/.test(body[j]!) && !ABBREVIATION.test(body.slice(Math.max(start, j - 6), j + 1))) {
        cut = i + 1;
        break;
      }
    }
    if (cut < 0) cut = space >= 0 ? space + 1 : limit;
    // never between the halves of a surrogate pair
    const c = body.charCodeAt(cut);
    if (c >= 0xdc00 && c <= 0xdfff) cut++;
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, body.length]);
  return out;
}

interface CTerm { text: string; pre: string; post: string; normal: string; tags: Set<string> | string[] }
interface JTerm { text: string; pre: string; post: string; normal: string; tags: string[]; offset: { start: number; length: number } }
interface JSentence { terms: JTerm[] }
interface CDoc { document: CTerm[][]; json(opts: object): JSentence[] }

/** compromise's steps that produce nothing the stages read */
const SKIPPED_HOOKS = new Set(['chunks', 'typeahead']);
const world = nlp.world() as { hooks: string[] };
const HOOKS = world.hooks.filter((h) => !SKIPPED_HOOKS.has(h));

/** Tag one paragraph: its sentences as arrays of terms with their offsets in `body`. */
function tagParagraph(body: string): Array<Array<{ term: CTerm; start: number }>> {
  // nlp() runs world.hooks: ours for this call only (compromise is synchronous)
  const all = world.hooks;
  let doc: CDoc;
  try {
    world.hooks = HOOKS;
    doc = nlp(body) as unknown as CDoc;
  } finally {
    world.hooks = all;
  }
  const out: Array<Array<{ term: CTerm; start: number }>> = [];
  let at = 0;
  let exact = true;
  for (const s of doc.document) {
    const terms: Array<{ term: CTerm; start: number }> = [];
    for (const t of s) {
      at += t.pre.length;
      if (body.startsWith(t.text, at) === false) exact = false;
      terms.push({ term: t, start: at });
      at += t.text.length + t.post.length;
    }
    out.push(terms);
  }
  if (exact && at === body.length) return out;
  // the terms do not spell the paragraph out: take compromise's own offsets
  return doc.json({ offset: true, terms: { offset: true } }).map((s) => s.terms.map((t) => ({ term: t, start: t.offset.start })));
}

export function segment(text: string, paragraphs: Paragraph[]): { sentences: Sentence[]; tokens: Token[] } {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const p of paragraphs) {
    if (p.duplicate) continue;
    const body = taggerView(text.slice(p.start, p.end));
    for (const [from, to] of pieces(body)) for (const s of tagParagraph(body.slice(from, to))) {
      const index = sentences.length;
      const firstToken = tokens.length;
      for (const { term: t, start: at } of s) {
        const start = p.start + from + at;
        tokens.push({
          start, end: start + t.text.length, text: t.text, normal: t.normal, pre: t.pre, post: t.post,
          tags: new Set(t.tags), sentence: index,
        });
      }
      const first = tokens[firstToken];
      const last = tokens[tokens.length - 1];
      if (!first || !last || last.sentence !== index) continue;
      // a sentence spans its words plus the punctuation around them
      const start = first.start - first.pre.length;
      const end = Math.min(p.end, last.end + last.post.trimEnd().length);
      sentences.push({ index, paragraph: p.index, start: Math.max(p.start, start), end, firstToken, lastToken: tokens.length });
    }
  }
  return { sentences, tokens };
}
