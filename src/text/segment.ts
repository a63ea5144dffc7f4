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
// Speed (README "Speed"): the pieces of an article are tagged in one pass (tagParagraphs), a
// faster equivalent of compromise's rule sweep is installed (sweep.ts), the tagger runs without
// its chunker (no stage reads chunk tags), and
// the terms are read straight from compromise's document instead of through `.json()`, which
// copies every term and recomputes offsets; a term's offset is the running sum of the
// `pre + text + post` lengths before it, which rebuild the paragraph exactly (checked, with
// `.json()` as the fallback when they do not).
import nlp from 'compromise';
import type { Paragraph, Sentence, Token } from '../model/types.js';
import { installSweep } from './sweep.js';

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
const world = nlp.world() as { hooks: string[]; methods: { one: { tokenize: { fromString: (text: string, world: unknown) => CTerm[][] } } } };
const tokenize = world.methods.one.tokenize.fromString;
const HOOKS = world.hooks.filter((h) => !SKIPPED_HOOKS.has(h));
installSweep(nlp.world() as unknown as Parameters<typeof installSweep>[0]);

type Tagged = Array<Array<{ term: CTerm; start: number }>>;

/** Runs compromise's steps (ours, see HOOKS) on a string or on tokenised sentences. */
function run(input: string | Array<{ terms: CTerm[] }>): CDoc {
  // nlp() runs world.hooks: ours for this call only (compromise is synchronous)
  const all = world.hooks;
  try {
    world.hooks = HOOKS;
    return nlp(input as string) as unknown as CDoc;
  } finally {
    world.hooks = all;
  }
}

/** The terms of `sentences` with their offsets in `body`, or null when they do not spell it out. */
function offsets(sentences: CTerm[][], body: string): Tagged | null {
  const out: Tagged = [];
  let at = 0;
  for (const s of sentences) {
    const terms: Array<{ term: CTerm; start: number }> = [];
    for (const t of s) {
      at += t.pre.length;
      if (body.startsWith(t.text, at) === false) return null;
      terms.push({ term: t, start: at });
      at += t.text.length + t.post.length;
    }
    out.push(terms);
  }
  return at === body.length ? out : null;
}

/** Tag one paragraph on its own (exported for the tests, which compare it with tagParagraphs): its sentences as arrays of terms with their offsets in `body`. */
export function tagParagraph(body: string): Tagged {
  const doc = run(body);
  // the terms do not spell the paragraph out: take compromise's own offsets
  return offsets(doc.document, body)
    ?? doc.json({ offset: true, terms: { offset: true } }).map((s) => s.terms.map((t) => ({ term: t, start: t.offset.start })));
}

/**
 * Tag all the paragraphs of an article in one pass of the tagger: each paragraph is split into
 * sentences and words on its own (so no sentence runs across a break), then the sentences of all
 * of them go through the tagging steps together. Those steps work sentence by sentence, so the
 * tags are the ones each paragraph gets alone, without compromise's set-up cost per call (about a
 * quarter of the tagging time for news paragraphs of one to three sentences).
 */
export function tagParagraphs(bodies: string[]): Tagged[] {
  const split = bodies.map((b) => tokenize(b, world));
  const doc = run(split.flat().map((terms) => ({ terms })));
  const out: Tagged[] = [];
  let n = 0;
  for (let i = 0; i < bodies.length; i++) {
    const count = split[i]!.length;
    const mine = doc.document.length === split.reduce((a, s) => a + s.length, 0) ? doc.document.slice(n, n + count) : null;
    n += count;
    out.push((mine && offsets(mine, bodies[i]!)) ?? tagParagraph(bodies[i]!));
  }
  return out;
}

export function segment(text: string, paragraphs: Paragraph[]): { sentences: Sentence[]; tokens: Token[] } {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  // every piece of every kept paragraph, tagged in one pass
  const work: Array<{ p: Paragraph; from: number; body: string }> = [];
  for (const p of paragraphs) {
    if (p.duplicate) continue;
    const body = taggerView(text.slice(p.start, p.end));
    for (const [from, to] of pieces(body)) work.push({ p, from, body: body.slice(from, to) });
  }
  const tagged = tagParagraphs(work.map((w) => w.body));
  for (const [k, { p, from }] of work.entries()) {
    for (const s of tagged[k]!) {
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
