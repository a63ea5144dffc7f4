// Sentences and tagged words, paragraph by paragraph, with offsets into the text.
// compromise does the tokenising, sentence splitting and part-of-speech tagging; each
// paragraph is tagged on its own so a sentence never runs across a paragraph break.
//
// Speed (README "Speed"): the paragraphs of an article are tagged in one pass (tagParagraphs), a
// faster equivalent of compromise's rule sweep is installed (sweep.ts), the tagger runs without
// its chunker (no stage reads chunk tags), and
// the terms are read straight from compromise's document instead of through `.json()`, which
// copies every term and recomputes offsets; a term's offset is the running sum of the
// `pre + text + post` lengths before it, which rebuild the paragraph exactly (checked, with
// `.json()` as the fallback when they do not).
import nlp from 'compromise';
import type { Paragraph, Sentence, Token } from '../model/types.js';
import { installSweep } from './sweep.js';

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
  const kept = paragraphs.filter((p) => !p.duplicate);
  const tagged = tagParagraphs(kept.map((p) => text.slice(p.start, p.end)));
  for (const [k, p] of kept.entries()) {
    for (const s of tagged[k]!) {
      const index = sentences.length;
      const firstToken = tokens.length;
      for (const { term: t, start: at } of s) {
        const start = p.start + at;
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
